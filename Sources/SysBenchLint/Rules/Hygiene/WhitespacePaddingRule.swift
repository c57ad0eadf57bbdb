public import SysBenchCore

/// Stray spaces change what the model sees and make ids that look equal differ.
public struct WhitespacePaddingRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "whitespace-padding",
        severity: .warning,
        summary: "A user message, checklist text or id starts or ends with white space",
        triggering: [
            Example("""
                id: example
                turns:
                  - id: ↓"t1 "
                    user: ↓"  Where can I eat?"
                    checklist:
                      - type: content
                        text: ↓"Names a place\\t"
                        constraint: ↓" C1"
                  - id: t2
                    depends_on: [↓" t1"]
                """),
            Example("turns:\n  - id: t1\n    user: ↓|+\n      Any tea houses?\n\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("""
                turns:
                  - id: t1
                    user: |
                      Where can I eat?
                      Near the bridge, please.
                    checklist:
                      - type: content
                        text: >
                          Names a place
                          near the bridge
                """),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        check(testCase.id, "case id", into: &sink)
        for constraint in testCase.system?.constraints ?? [] {
            check(constraint.id, "constraint id", into: &sink)
        }
        for turn in testCase.turns {
            check(turn.id, "turn id", into: &sink)
            check(turn.user, "user message", into: &sink)
            for target in turn.dependsOn ?? [] {
                check(target, "depends_on id", into: &sink)
            }
            for item in turn.checklist {
                check(item.text, "checklist text", into: &sink)
                check(item.constraint, "constraint link", into: &sink)
            }
        }
    }

    private func check(_ value: Located<String>?, _ what: String, into sink: inout DiagnosticSink) {
        guard let value, let padding = RuleSupport.padding(value.value) else { return }
        let side = switch (padding.leading, padding.trailing) {
        case (true, true): "starts and ends"
        case (true, false): "starts"
        default: "ends"
        }
        sink.report(Self.description, at: value, "\(what) \(side) with white space")
    }
}
