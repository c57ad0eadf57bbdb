import SysBenchCore
import SysBenchScore

extension ReportPage {
    /// The models as chart series, in input order with the palette's colours.
    private func series(_ values: (ScoreReport.Model) -> [Double?]) -> [ChartSeries] {
        report.models.enumerated().map { index, model in
            ChartSeries(name: model.name, values: values(model), color: Chart.color(index))
        }
    }

    /// The radar chart of CSR by constraint type, with its numbers beside it.
    var csrSection: String {
        let types = ConstraintType.allCases
        let radar = RadarChart(
            title: "CSR by constraint type (%)", axes: types.map(\.rawValue),
            series: series { model in types.map { model.metrics.csr[$0]?.value } })
        var rows: [[String]] = types.map { type in
            ["\(type.rawValue) (\(type.zhLabel))"] + report.models.map { model in
                let ratio = model.metrics.csr[type] ?? .empty
                return PercentFormat.percent(ratio.value)
            }
        }
        rows.append(["total"] + report.models.map { PercentFormat.percent($0.metrics.csrTotal.value) })
        rows.append(["items"] + report.models.map { ReportPage.grouped(Int($0.metrics.csrTotal.denominator)) })
        let table = ReportTable(title: "", header: ["Type"] + report.models.map(\.name), rows: rows)
        var out = "<section id=\"csr\">\n<h2>CSR by constraint type</h2>\n<div class=\"charts\">\n"
        out += "<figure>\(radar.svg())</figure>\n<div>\(Self.table(table))</div>\n</div>\n</section>\n"
        return out
    }

    /// R_1…R_n curves for dependent and parallel sessions.
    var stabilitySection: String {
        var out = "<section id=\"ssr\">\n<h2>Session stability</h2>\n"
        out += "<p>R<sub>k</sub>: share of sessions whose first k turns all pass. SSR is the mean share of "
        out += "leading passing turns; in dependent sessions each turn builds on the earlier ones.</p>\n"
        out += "<div class=\"charts\">\n"
        for mode in [Mode.dependent, .parallel] {
            let turns = report.maxStabilityTurns(mode)
            let sessions = report.models.first.map { Int($0.metrics.ssrByMode[mode]?.ssr.denominator ?? 0) } ?? 0
            let ssr = report.models.map { model in
                "\(model.name) \(PercentFormat.percent(model.metrics.ssrByMode[mode]?.ssr.value))"
            }
            let chart = LineChart(
                title: "\(mode.rawValue.capitalized) sessions: R1–R\(turns) (%)",
                xLabels: turns > 0 ? (1...turns).map { "R\($0)" } : [],
                series: series { model in (model.metrics.ssrByMode[mode]?.r ?? []).map(\.value) })
            out += "<figure>\(chart.svg())<figcaption class=\"note\">\(ReportPage.grouped(sessions)) sessions"
            out += report.models.count > 1 ? " (first model)" : ""
            out += ". SSR: \(Markup.escape(ssr.joined(separator: ", "))).</figcaption></figure>\n"
        }
        return out + "</div>\n</section>\n"
    }

    /// ISR of aligned and misaligned turns per model, then by mode.
    var alignmentSection: String {
        let chart = GroupedBarChart(
            title: "ISR: aligned vs misaligned turns (%)", categories: report.models.map(\.name),
            groups: [
                ChartSeries(name: "aligned", values: report.models.map(\.metrics.isr.aligned.value), color: "#0072B2"),
                ChartSeries(name: "misaligned", values: report.models.map(\.metrics.isr.misaligned.value), color: "#E69F00"),
            ])
        var rows: [[String]] = []
        for mode in [Mode.dependent, .parallel] {
            for alignment in Alignment.allCases {
                rows.append(["\(mode.rawValue) \(alignment.rawValue)"] + report.models.map { model in
                    let rates = model.metrics.isrByMode[mode] ?? AlignmentRates()
                    let ratio = alignment == .aligned ? rates.aligned : rates.misaligned
                    return "\(PercentFormat.percent(ratio.value)) (n=\(Int(ratio.denominator)))"
                })
            }
        }
        let table = ReportTable(title: "", header: ["Mode / alignment"] + report.models.map(\.name), rows: rows)
        var out = "<section id=\"isr\">\n<h2>ISR by alignment</h2>\n"
        out += "<p>Misaligned turns ask for something the system message rules out; following the system "
        out += "message there means declining or redirecting the user.</p>\n<div class=\"charts\">\n"
        out += "<figure>\(chart.svg())</figure>\n<div>\(Self.table(table))</div>\n</div>\n</section>\n"
        return out
    }

    /// How the judge answered: yes, no, the non-binary verdicts by their text, and
    /// the turns the judge failed on.
    var verdictSection: String {
        let models = report.models
        var others: [String] = []
        for model in models {
            for entry in model.metrics.verdicts.otherByFrequency where !others.contains(entry.raw) {
                others.append(entry.raw)
            }
        }
        let chart = StackedBarChart(
            title: "Checklist verdicts (share of items)", rows: models.map(\.name),
            parts: [
                .init(name: "yes", color: "#009E73", counts: models.map(\.metrics.verdicts.yes)),
                .init(name: "no", color: "#D55E00", counts: models.map(\.metrics.verdicts.no)),
                .init(name: "other (non-binary)", color: "#E69F00",
                      counts: models.map { $0.metrics.verdicts.other.values.reduce(0, +) }),
            ])
        var rows: [[String]] = [
            ["yes"] + models.map { ReportPage.grouped($0.metrics.verdicts.yes) },
            ["no"] + models.map { ReportPage.grouped($0.metrics.verdicts.no) },
        ]
        for raw in others {
            rows.append(["other: \(raw)"] + models.map { String($0.metrics.verdicts.other[raw] ?? 0) })
        }
        rows.append(["judge failures (turns)"] + models.map { String($0.metrics.counts.judgeFailures) })
        let table = ReportTable(title: "", header: ["Verdict (items)"] + models.map(\.name), rows: rows)
        var out = "<section id=\"verdicts\">\n<h2>Verdicts</h2>\n"
        out += "<p>Policy <code>\(report.policy.rawValue)</code>: "
        switch report.policy {
        case .sysbench: out += "a non-binary verdict counts as unsatisfied in CSR but does not fail its turn (the paper's rule)."
        case .strict: out += "anything but yes is unsatisfied and fails its turn."
        case .exclude: out += "non-binary verdicts are left out of every denominator."
        }
        out += " Turns the judge failed on are never scored.</p>\n<div class=\"charts\">\n"
        out += "<figure>\(chart.svg())</figure>\n<div>\(Self.table(table))</div>\n</div>\n</section>\n"
        return out
    }
}
