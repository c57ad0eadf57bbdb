import Foundation
import KitSupport
import SysBenchCore

/// A titled table of already formatted cells, shared by the text and markdown formats:
/// KitSupport's `TextTable`, the one table renderer of the toolkit.
public typealias ReportTable = TextTable

/// Formatting of numbers for people: percentages with the paper's one decimal.
public enum PercentFormat {
    /// The mark for an undefined value (empty denominator).
    public static let missing = "–"

    /// `0.87079…` → `87.1`; nil → `–`.
    public static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return String(format: "%.1f", value * 100)
    }

    /// A signed difference in percentage points: `-25.5`, `+1.2`.
    public static func points(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        let text = String(format: "%.1f", value * 100)
        return text.hasPrefix("-") ? text : "+" + text
    }

    /// `87.1 [86.2, 88.0]`, or just the value when there is no interval.
    public static func withInterval(_ value: Double?, _ interval: Interval?, signed: Bool = false) -> String {
        func format(_ number: Double?) -> String {
            signed ? points(number) : percent(number)
        }
        guard let interval else { return format(value) }
        return "\(format(value)) [\(format(interval.low)), \(format(interval.high))]"
    }
}

extension ScoreReport {
    /// The report's tables in reading order: Table 2 style headline, differences,
    /// then the breakdowns with one column per model, then the checks (when any).
    public var tables: [ReportTable] {
        var tables = [headlineTable]
        if !differences.isEmpty { tables.append(differenceTable) }
        tables.append(table("CSR by constraint type (%)", "Type", csrRows))
        tables.append(table("ISR by alignment (%)", "Alignment", alignmentRows { $0.metrics.isr }))
        tables.append(table("ISR by mode × alignment (%)", "Mode / alignment", modeAlignmentRows))
        tables.append(table("ISR by turn (%)", "Turn", turnRows))
        tables.append(table("SSR by mode (%)", "Mode", stabilityRows))
        tables.append(table("Verdicts (items)", "Verdict", verdictRows))
        tables.append(table("Counts", "Count", countRows))
        tables.append(contentsOf: checkTables)
        return tables
    }

    /// A breakdown row: its label and how to get a model's cell.
    private typealias Row = (label: String, cell: (ScoreReport.Model) -> String)

    private func table(_ title: String, _ first: String, _ rows: [Row]) -> ReportTable {
        let header: [String] = [first] + models.map(\.name)
        let cells: [[String]] = rows.map { row in [row.label] + models.map(row.cell) }
        return ReportTable(title: title, header: header, rows: cells)
    }

    private var csrRows: [Row] {
        var rows: [Row] = ConstraintType.allCases.map { type in
            (type.rawValue, { model in PercentFormat.percent(model.metrics.csr[type]?.value) })
        }
        rows.append(("total", { model in PercentFormat.percent(model.metrics.csrTotal.value) }))
        return rows
    }

    private func alignmentRows(prefix: String = "", _ rates: @escaping (ScoreReport.Model) -> AlignmentRates?) -> [Row] {
        [
            (prefix + "aligned", { model in PercentFormat.percent(rates(model)?.aligned.value) }),
            (prefix + "misaligned", { model in PercentFormat.percent(rates(model)?.misaligned.value) }),
            (prefix + "total", { model in PercentFormat.percent(rates(model)?.total.value) }),
        ]
    }

    private var modeAlignmentRows: [Row] {
        [Mode.dependent, .parallel].flatMap { mode in
            alignmentRows(prefix: mode.rawValue + " ") { $0.metrics.isrByMode[mode] }
        }
    }

    private var turnRows: [Row] {
        (0..<maxTurns).map { k in
            ("\(k + 1)", { model in
                let byTurn = model.metrics.isrByTurn
                return k < byTurn.count ? PercentFormat.percent(byTurn[k].value) : PercentFormat.missing
            })
        }
    }

    private var stabilityRows: [Row] {
        var rows: [Row] = []
        for mode in [Mode.dependent, .parallel] {
            for k in 0..<maxStabilityTurns(mode) {
                rows.append(("\(mode.rawValue) R\(k + 1)", { model in
                    let r = model.metrics.ssrByMode[mode]?.r ?? []
                    return k < r.count ? PercentFormat.percent(r[k].value) : PercentFormat.missing
                }))
            }
            rows.append(("\(mode.rawValue) SSR", { model in
                PercentFormat.percent(model.metrics.ssrByMode[mode]?.ssr.value)
            }))
        }
        rows.append(("total SSR", { model in PercentFormat.percent(model.metrics.ssrTotal.value) }))
        return rows
    }

    private var verdictRows: [Row] {
        var raws: [String] = []
        for model in models {
            for other in model.metrics.verdicts.otherByFrequency where !raws.contains(other.raw) {
                raws.append(other.raw)
            }
        }
        var rows: [Row] = [
            ("yes", { model in String(model.metrics.verdicts.yes) }),
            ("no", { model in String(model.metrics.verdicts.no) }),
        ]
        for raw in raws {
            rows.append(("other: \(raw)", { model in String(model.metrics.verdicts.other[raw] ?? 0) }))
        }
        return rows
    }

    private var countRows: [Row] {
        [
            ("sessions", { model in String(model.metrics.counts.sessions) }),
            ("turns scored", { model in String(model.metrics.counts.turns) }),
            ("items", { model in String(model.metrics.counts.items) }),
            ("judge failures", { model in String(model.metrics.counts.judgeFailures) }),
            ("unscored turns", { model in String(model.metrics.counts.unscoredTurns) }),
        ]
    }

    /// One line saying how the numbers were made.
    public var settingsLine: String {
        let level = String(format: "%g", bootstrap.confidence * 100)
        let intervals = bootstrap.replicates > 0
            ? "\(level)% percentile bootstrap over sessions, \(bootstrap.replicates) replicates, seed \(bootstrap.seed)"
            : "no intervals"
        return "Policy \(policy.rawValue); \(intervals)"
    }

    private var headlineTable: ReportTable {
        ReportTable(
            title: "Overall (%)", header: ["Model", "CSR", "ISR", "SSR"],
            rows: models.map { model in
                [
                    model.name,
                    PercentFormat.withInterval(model.metrics.csrTotal.value, model.intervals.csr),
                    PercentFormat.withInterval(model.metrics.isr.total.value, model.intervals.isr),
                    PercentFormat.withInterval(model.metrics.ssrTotal.value, model.intervals.ssr),
                ]
            })
    }

    private var differenceTable: ReportTable {
        ReportTable(
            title: "Difference from \(models.first?.name ?? "") (percentage points, paired over sessions)",
            header: ["Model", "ΔCSR", "ΔISR", "ΔSSR", "Sessions"],
            rows: differences.map { comparison in
                let d = comparison.difference
                return [
                    comparison.model,
                    PercentFormat.withInterval(d.estimate.csr, d.intervals.csr, signed: true),
                    PercentFormat.withInterval(d.estimate.isr, d.intervals.isr, signed: true),
                    PercentFormat.withInterval(d.estimate.ssr, d.intervals.ssr, signed: true),
                    String(d.matchedSessions),
                ]
            })
    }
}
