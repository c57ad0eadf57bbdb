public import SysBenchCore
import YAMLSource

/// Stray spaces change what the model sees and make ids that look equal differ. A user
/// message is also SysBench's key for its turn, and checklist text is what the judge
/// reads; no SysBench text ends with a line break. The one a `|` or `>` block scalar
/// ends with counts: YAML keeps it, so the release carries it to the model and the
/// judge, and `|-` or `>-` is the block that leaves it out. (`system.text` and
/// `reference` are not checked: there a final line break after the last paragraph is
/// what a `|` block means, and it is kept as written.)
public struct WhitespacePaddingRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "whitespace-padding",
        severity: .warning,
        summary: "A user message, checklist text or id starts or ends with white space, a line break or an invisible character",
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
            // A `|` or `>` block keeps its final line break.
            Example("""
                turns:
                  - id: t1
                    user: ↓|
                      Where can I eat?
                      Near the bridge, please.
                    checklist:
                      - type: content
                        text: ↓>
                          Names a place
                          near the bridge
                  - id: t2
                    user: ↓"Are you open tonight?\\n"
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("""
                turns:
                  - id: t1
                    user: |-
                      Where can I eat?
                      Near the bridge, please.
                    checklist:
                      - type: content
                        text: >-
                          Names a place
                          near the bridge
                    reference: |
                      Try the noodle stalls on Hubu Alley.
                system:
                  text: |
                    You only give advice about Wuhan.
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
            check(turn.user, "user message", in: turn.node, key: "user", into: &sink)
            for target in turn.dependsOn ?? [] {
                check(target, "depends_on id", into: &sink)
            }
            for item in turn.checklist {
                check(item.text, "checklist text", in: item.node, key: "text", into: &sink)
                check(item.constraint, "constraint link", into: &sink)
            }
        }
    }

    /// `owner` and `key` find the scalar's node, whose style tells how to drop a final
    /// line break; they are looked at only when there is something to report.
    private func check(_ value: Located<String>?, _ what: String, in owner: Node? = nil, key: String = "",
                       into sink: inout DiagnosticSink) {
        guard let value, let padding = RuleSupport.padding(value.value) else { return }
        var message = switch (padding.leading, padding.trailing) {
        case let (first?, last?):
            RuleSupport.describePadding(first) == RuleSupport.describePadding(last)
                ? "starts and ends with \(RuleSupport.describePadding(first))"
                : "starts with \(RuleSupport.describePadding(first)) and ends with \(RuleSupport.describePadding(last))"
        case let (first?, nil): "starts with \(RuleSupport.describePadding(first))"
        case let (nil, last?): "ends with \(RuleSupport.describePadding(last))"
        case (nil, nil): "is padded"
        }
        if padding.trailing == "\n", let style = owner?[key]?.scalar?.style, style == .literal || style == .folded {
            let block = style == .literal ? "|" : ">"
            message += ", which a `\(block)` block keeps: write `\(block)-` to end the text with its last line"
        }
        sink.report(Self.description, at: value, "\(what) \(message)")
    }
}
