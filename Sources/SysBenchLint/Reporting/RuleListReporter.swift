import KitSupport
import SysBenchCore

/// `lint --list-rules`: every rule's id, severity and summary.
public enum RuleListReporter {
    /// An aligned table, one rule per line.
    public static func text(_ rules: [RuleDescription]) -> String {
        let idWidth = rules.map { DisplayWidth.of($0.id) }.max() ?? 0
        let severityWidth = Severity.allCases.map(\.rawValue.count).max() ?? 0
        return rules.map { rule in
            rule.id.padding(to: idWidth) + "  " + rule.severity.rawValue.padding(to: severityWidth) + "  " + rule.summary + "\n"
        }.joined()
    }

    /// `{"rules":[{"id":…,"severity":…,"summary":…}]}` on one line.
    public static func json(_ rules: [RuleDescription]) -> String {
        JSONValue.object([
            ("rules", .array(rules.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("severity", .string(rule.severity.rawValue)),
                    ("summary", .string(rule.summary)),
                ])
            })),
        ]).compactText + "\n"
    }
}

extension String {
    func padding(to width: Int) -> String {
        DisplayWidth.padded(self, to: width)
    }
}
