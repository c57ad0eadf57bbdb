import Foundation
import KitSupport
import SysBenchCore
import SysBenchScore

extension AgreementReport {
    /// A statistic for people: three decimals (κ and α can be negative), `–` when undefined.
    static func cell(_ value: Double?) -> String {
        guard let value, value.isFinite else { return PercentFormat.missing }
        return String(format: "%.3f", value)
    }

    /// `0.930 [0.890, 0.960]`, or the value alone without an interval.
    static func cell(_ value: Double?, _ interval: Interval?) -> String {
        guard let interval else { return cell(value) }
        return "\(cell(value)) [\(cell(interval.low)), \(cell(interval.high))]"
    }

    /// One line saying how the intervals were made.
    public var settingsLine: String {
        let level = String(format: "%g", bootstrap.confidence * 100)
        let intervals = bootstrap.replicates > 0
            ? "\(level)% percentile bootstrap over cases, \(bootstrap.replicates) replicates, seed \(bootstrap.seed)"
            : "no intervals"
        return "\(Counted.phrase(items, "item")); \(intervals)"
    }

    /// The report's tables in reading order: every pair, the people's α, then for each
    /// pair its breakdown, its confusion matrix and its disagreements.
    public var tables: [ReportTable] {
        var tables = [
            ReportTable(
                title: "Agreement over all items",
                header: ["pair", "n", "agreement", "Cohen's κ", "Gwet's AC1", "Krippendorff's α"],
                rows: pairs.map { pair in
                    ["\(pair.a) vs \(pair.b)", String(pair.overall.n)]
                        + zip(pair.overall.named, pair.intervals.named).map { Self.cell($0.value, $1.value) }
                }),
            ReportTable(
                title: "People", header: ["raters", "Krippendorff's α"],
                rows: [[String(people.raters), Self.cell(people.krippendorffAlpha)]]),
        ]
        for pair in pairs {
            let name = "\(pair.a) vs \(pair.b)"
            var rows: [[String]] = []
            for type in ConstraintType.allCases {
                rows.append([type.rawValue] + Self.cells(pair.byType[type]))
            }
            for alignment in Alignment.allCases {
                rows.append([alignment.rawValue] + Self.cells(pair.byAlignment[alignment]))
            }
            tables.append(ReportTable(
                title: "\(name) by constraint type and alignment",
                header: ["group", "n", "agreement", "Cohen's κ", "Gwet's AC1", "Krippendorff's α"], rows: rows))
            let labels = pair.confusion.categories
            tables.append(ReportTable(
                title: "\(name): confusion matrix (rows \(pair.a), columns \(pair.b))",
                header: ["\(pair.a) \\ \(pair.b)"] + labels.map(\.rawValue),
                rows: labels.map { row in [row.rawValue] + labels.map { String(pair.confusion[row, $0]) } }))
            if !pair.disagreements.isEmpty {
                tables.append(ReportTable(
                    title: "\(name): disagreements", header: ["case", "turn", "item", pair.a, pair.b],
                    rows: pair.disagreements.map { item in
                        [item.key.caseID, String(item.key.turn), String(item.key.item), item.a.rawValue, item.b.rawValue]
                    }))
            }
        }
        return tables
    }

    private static func cells(_ statistics: PairStatistics?) -> [String] {
        guard let statistics else { return ["0"] + Array(repeating: PercentFormat.missing, count: 4) }
        return [String(statistics.n)] + statistics.named.map { cell($0.value) }
    }
}
