import KitSupport
/// Renders `DatasetStats` as text, JSON or Markdown.
public enum StatsFormatter {
    /// The output formats of `stats --format`.
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    /// The stats in `format`, ending with a line break.
    public static func render(_ stats: DatasetStats, as format: Format) -> String {
        switch format {
        case .json: json(stats).compactText + "\n"
        case .text: text(stats)
        case .markdown: markdown(stats)
        }
    }

    /// Items per turn as the paper prints it: two decimals.
    static func ratio(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }

    /// The JSON shape: sessions, turns by mode and alignment, items per turn (two
    /// decimals, as in the paper), item counts, constraint types and domains (most used
    /// first), and the spread of turns per case and items per turn.
    public static func json(_ stats: DatasetStats) -> JSONValue {
        let modes: [(String, Mode?)] = Mode.allCases.map { ($0.rawValue, $0) } + [("total", nil)]
        return .object([
            ("sessions", .object(modes.map { name, mode in
                (name, .int(mode.map { stats.sessions[$0] ?? 0 } ?? stats.totalSessions))
            })),
            ("turns", .object(modes.map { name, mode in
                (name, .object(Alignment.allCases.map { ($0.rawValue, .int(stats.turnCount(mode, $0))) }
                    + [("total", .int(stats.turnCount(mode, nil)))]))
            })),
            ("checklist_items_per_turn", .object(modes.map { ($0.0, .double(ratio(stats.itemsPerTurn($0.1)))) })),
            ("checklist_items", .object(modes.map { ($0.0, .int(stats.itemCount($0.1))) })),
            ("constraint_types", .object(stats.rankedConstraintTypes.map { ($0.0.rawValue, .int($0.1)) })),
            ("domains", .object(stats.rankedDomains.map { ($0.0, .int($0.1)) })),
            ("languages", .object(stats.rankedLanguages.map { ($0.0, .int($0.1)) })),
            ("turns_per_case", .object(stats.turnsPerCase.keys.sorted().map { (String($0), .int(stats.turnsPerCase[$0] ?? 0)) })),
            ("items_per_turn", .object(stats.itemsPerTurn.keys.sorted().map { (String($0), .int(stats.itemsPerTurn[$0] ?? 0)) })),
        ])
    }

    private static func table1Rows(_ stats: DatasetStats) -> [[String]] {
        let modes: [(String, Mode?)] = Mode.allCases.map { ($0.rawValue, $0) } + [("total", nil)]
        return modes.map { name, mode in
            [name,
             String(stats.turnCount(mode, .aligned)),
             String(stats.turnCount(mode, .misaligned)),
             format2(stats.itemsPerTurn(mode)),
             String(mode.map { stats.sessions[$0] ?? 0 } ?? stats.totalSessions)]
        }
    }

    private static let table1Header = ["", "aligned", "misaligned", "items/turn", "sessions"]

    /// A plain-text report: Table 1, then the breakdowns.
    public static func text(_ stats: DatasetStats) -> String {
        var out = "Turns by mode and alignment (the paper's Table 1)\n"
        out += grid([table1Header] + table1Rows(stats))
        out += "\nChecklist items by constraint type (\(stats.itemCount(nil)) in all)\n"
        out += grid(stats.rankedConstraintTypes.map { [$0.0.rawValue, String($0.1)] })
        out += "\nSessions by domain\n"
        out += grid(stats.rankedDomains.map { [$0.0, String($0.1)] })
        out += "\nSessions by language\n"
        out += grid(stats.rankedLanguages.map { [$0.0, String($0.1)] })
        out += "\nTurns per case\n"
        out += grid(stats.turnsPerCase.keys.sorted().map {
            [Counted.phrase($0, "turn"), Counted.phrase(stats.turnsPerCase[$0] ?? 0, "case")]
        })
        out += "\nChecklist items per turn\n"
        out += grid(stats.itemsPerTurn.keys.sorted().map {
            [Counted.phrase($0, "item"), Counted.phrase(stats.itemsPerTurn[$0] ?? 0, "turn")]
        })
        return out
    }

    /// The same report as Markdown tables.
    public static func markdown(_ stats: DatasetStats) -> String {
        var out = "### Turns by mode and alignment\n\n"
        out += markdownTable(["mode", "aligned", "misaligned", "items/turn", "sessions"], table1Rows(stats))
        out += "\n### Checklist items by constraint type\n\n"
        out += markdownTable(["type", "items"], stats.rankedConstraintTypes.map { [$0.0.rawValue, String($0.1)] })
        out += "\n### Sessions by domain\n\n"
        out += markdownTable(["domain", "sessions"], stats.rankedDomains.map { [$0.0, String($0.1)] })
        out += "\n### Sessions by language\n\n"
        out += markdownTable(["language", "sessions"], stats.rankedLanguages.map { [$0.0, String($0.1)] })
        out += "\n### Turns per case\n\n"
        out += markdownTable(["turns", "cases"], stats.turnsPerCase.keys.sorted().map { [String($0), String(stats.turnsPerCase[$0] ?? 0)] })
        out += "\n### Checklist items per turn\n\n"
        out += markdownTable(["items", "turns"], stats.itemsPerTurn.keys.sorted().map { [String($0), String(stats.itemsPerTurn[$0] ?? 0)] })
        return out
    }

    private static func format2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = String(hundredths % 100)
        return "\(hundredths / 100).\(fraction.count == 1 ? "0" + fraction : fraction)"
    }

    /// Left-aligned first column, right-aligned numbers, two spaces between columns,
    /// indented by two: the toolkit's one table renderer, without a header line.
    private static func grid(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        return TextTable(title: "", header: header, rows: Array(rows.dropFirst())).text(indent: "  ")
    }

    private static func markdownTable(_ header: [String], _ rows: [[String]]) -> String {
        TextTable(title: "", header: header, rows: rows).markdown()
    }
}
