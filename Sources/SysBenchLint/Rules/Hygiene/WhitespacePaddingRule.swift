public import SysBenchCore

/// Stray spaces change what the model sees and make ids that look equal differ.
public struct WhitespacePaddingRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "whitespace-padding",
        severity: .warning,
        summary: "A user message, checklist text or id starts or ends with white space or an invisible character",
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
            Example("turns:\n  - id: t1\n    user: ↓\"Any tea houses? \\u200C\"\n"),
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
        let message = switch (padding.leading, padding.trailing) {
        case let (first?, last?):
            RuleSupport.describePadding(first) == RuleSupport.describePadding(last)
                ? "starts and ends with \(RuleSupport.describePadding(first))"
                : "starts with \(RuleSupport.describePadding(first)) and ends with \(RuleSupport.describePadding(last))"
        case let (first?, nil): "starts with \(RuleSupport.describePadding(first))"
        case let (nil, last?): "ends with \(RuleSupport.describePadding(last))"
        case (nil, nil): "is padded"
        }
        sink.report(Self.description, at: value, "\(what) \(message)")
    }
}
