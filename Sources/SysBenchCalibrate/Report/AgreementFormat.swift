import KitSupport
import SysBenchCore
import SysBenchScore

/// The output formats of `calibrate agree`.
public enum AgreementFormat: String, CaseIterable, Sendable {
    /// Aligned tables for a terminal (Score's renderer: wide characters take two columns).
    case text
    /// The JSON shape of CALIBRATE.md, indented by two spaces.
    case json
    /// Markdown tables.
    case markdown
    /// One row per pair and group, statistics at full precision, empty where undefined.
    case csv

    /// Renders a report in this format; the text ends with a newline.
    public func render(_ report: AgreementReport) -> String {
        switch self {
        case .text:
            var out = report.settingsLine + "\n"
            for table in report.tables { out += "\n" + table.title + "\n" + TextFormatter.render(table) }
            return out
        case .json:
            return JSONWriter.write(report.json, indent: 2) + "\n"
        case .markdown:
            var out = "_\(report.settingsLine)_\n"
            for table in report.tables {
                out += "\n### \(table.title.replacingOccurrences(of: "|", with: "\\|"))\n\n"
                out += MarkdownFormatter.render(table)
            }
            return out
        case .csv:
            return Self.csv(report)
        }
    }

    /// Columns `a,b,group,n` then each statistic with its `_low` and `_high` bounds (bounds
    /// only on the `all` rows); groups are `all`, each type, each alignment. A last row
    /// `people` holds the number of people in `n` and their α.
    private static func csv(_ report: AgreementReport) -> String {
        let names = PairStatistics(ConfusionMatrix()).named.map(\.name)
        var out = CSV.line(["a", "b", "group", "n"] + names.flatMap { [$0, $0 + "_low", $0 + "_high"] }, lineEnd: "\n")
        func number(_ value: Double?) -> String { value.flatMap(DecimalText.shortest) ?? "" }
        func row(_ a: String, _ b: String, _ group: String, _ statistics: PairStatistics, _ intervals: StatisticIntervals) {
            var cells = [a, b, group, String(statistics.n)]
            for (value, interval) in zip(statistics.named, intervals.named) {
                cells += [number(value.value), number(interval.value?.low), number(interval.value?.high)]
            }
            out += CSV.line(cells, lineEnd: "\n")
        }
        for pair in report.pairs {
            row(pair.a, pair.b, "all", pair.overall, pair.intervals)
            for type in ConstraintType.allCases {
                row(pair.a, pair.b, type.rawValue, pair.byType[type] ?? PairStatistics(ConfusionMatrix()), .none)
            }
            for alignment in Alignment.allCases {
                row(pair.a, pair.b, alignment.rawValue,
                    pair.byAlignment[alignment] ?? PairStatistics(ConfusionMatrix()), .none)
            }
        }
        var people = [String](repeating: "", count: 4 + 3 * names.count)
        people[0] = "people"
        people[2] = "people"
        people[3] = String(report.people.raters)
        people[4 + 3 * 3] = number(report.people.krippendorffAlpha)
        out += CSV.line(people, lineEnd: "\n")
        return out
    }
}
