import Foundation
import KitSupport
import SysBenchCore

/// Renders a report as CSV for spreadsheets: a header and one row per model, ratios
/// in 0..1 as the shortest decimal (`DecimalText`), empty cells where a value is
/// undefined. When a run carries checks, four `checks_*` columns hold its counts (the
/// per-item details are in the JSON format).
public enum CSVFormatter {
    /// The report as CSV (RFC 4180 quoting, `\n` line ends).
    public static func render(_ report: ScoreReport) -> String {
        var columns: [(String, (ScoreReport.Model, ScoreReport.Comparison?) -> String)] = [("model", { m, _ in m.name })]
        func ratio(_ value: Double?) -> String { value.flatMap(DecimalText.shortest) ?? "" }
        func add(_ name: String, _ value: @escaping (ScoreReport.Model) -> Double?) {
            columns.append((name, { m, _ in ratio(value(m)) }))
        }
        add("CSR") { $0.metrics.csrTotal.value }
        add("CSR_low") { $0.intervals.csr?.low }
        add("CSR_high") { $0.intervals.csr?.high }
        add("ISR") { $0.metrics.isr.total.value }
        add("ISR_low") { $0.intervals.isr?.low }
        add("ISR_high") { $0.intervals.isr?.high }
        add("SSR") { $0.metrics.ssrTotal.value }
        add("SSR_low") { $0.intervals.ssr?.low }
        add("SSR_high") { $0.intervals.ssr?.high }
        for type in ConstraintType.allCases {
            add("CSR_\(type.rawValue)") { $0.metrics.csr[type]?.value }
        }
        add("ISR_aligned") { $0.metrics.isr.aligned.value }
        add("ISR_misaligned") { $0.metrics.isr.misaligned.value }
        for mode in [Mode.dependent, .parallel] {
            add("ISR_\(mode.rawValue)_aligned") { $0.metrics.isrByMode[mode]?.aligned.value }
            add("ISR_\(mode.rawValue)_misaligned") { $0.metrics.isrByMode[mode]?.misaligned.value }
            add("ISR_\(mode.rawValue)_total") { $0.metrics.isrByMode[mode]?.total.value }
        }
        for k in 0..<report.maxTurns {
            add("ISR_turn_\(k + 1)") { k < $0.metrics.isrByTurn.count ? $0.metrics.isrByTurn[k].value : nil }
        }
        for mode in [Mode.dependent, .parallel] {
            for k in 0..<report.maxStabilityTurns(mode) {
                add("SSR_\(mode.rawValue)_R\(k + 1)") { model in
                    let r = model.metrics.ssrByMode[mode]?.r ?? []
                    return k < r.count ? r[k].value : nil
                }
            }
            add("SSR_\(mode.rawValue)") { $0.metrics.ssrByMode[mode]?.ssr.value }
        }
        let counts: [(String, (RunMetrics) -> Int)] = [
            ("sessions", { $0.counts.sessions }), ("turns", { $0.counts.turns }), ("items", { $0.counts.items }),
            ("judge_failures", { $0.counts.judgeFailures }), ("unscored_turns", { $0.counts.unscoredTurns }),
            ("verdicts_yes", { $0.verdicts.yes }), ("verdicts_no", { $0.verdicts.no }),
            ("verdicts_other", { $0.verdicts.other.values.reduce(0, +) }),
        ]
        for (name, count) in counts {
            columns.append((name, { m, _ in String(count(m.metrics)) }))
        }
        if report.models.contains(where: { $0.checks != nil }) {
            let checkCounts: [(String, (CheckSummary.Counts) -> Int)] = [
                ("checks_items", { $0.items }), ("checks_judge_yes_check_no", { $0.judgeYesCheckNo }),
                ("checks_judge_no_check_yes", { $0.judgeNoCheckYes }), ("checks_changed", { $0.changed }),
            ]
            for (name, count) in checkCounts {
                columns.append((name, { m, _ in m.checks.map { String(count($0.counts)) } ?? "" }))
            }
        }
        if !report.differences.isEmpty {
            let metrics: [(String, (Headline<Double?>) -> Double?, (Headline<Interval?>) -> Interval?)] = [
                ("CSR", { $0.csr }, { $0.csr }), ("ISR", { $0.isr }, { $0.isr }), ("SSR", { $0.ssr }, { $0.ssr }),
            ]
            for (name, estimate, interval) in metrics {
                columns.append(("diff_\(name)", { _, c in ratio(c.flatMap { estimate($0.difference.estimate) }) }))
                columns.append(("diff_\(name)_low", { _, c in ratio(c.flatMap { interval($0.difference.intervals)?.low }) }))
                columns.append(("diff_\(name)_high", { _, c in ratio(c.flatMap { interval($0.difference.intervals)?.high }) }))
            }
            columns.append(("diff_sessions", { _, c in c.map { String($0.difference.matchedSessions) } ?? "" }))
        }
        var out = line(columns.map(\.0))
        for (offset, model) in report.models.enumerated() {
            let comparison = offset > 0 ? report.differences[offset - 1] : nil
            out += line(columns.map { $0.1(model, comparison) })
        }
        return out
    }

    private static func line(_ cells: [String]) -> String {
        CSV.line(cells, lineEnd: "\n")
    }
}
