public import SysBenchCore

/// Scores are broken down by constraint type, so only the six types of the taxonomy count.
public struct ConstraintTypeUnknownRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "constraint-type-unknown",
        severity: .error,
        summary: "A constraint annotation or checklist item has a type that is not one of the six",
        triggering: [
            Example("""
                system:
                  text: Be brief.
                  constraints:
                    - id: C1
                      type: ↓lenght
                      quote: Be brief.
                turns:
                  - id: t1
                    checklist:
                      - type: ↓动作约束
                        text: Answers briefly
                      - type: ↓Format
                        text: Uses a list
                      - type: ↓""
                        text: Is kind
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("""
                turns:
                  - id: t1
                    checklist:
                      - type: format
                        text: Uses a list
                      - type: style
                        text: Sounds friendly
                """),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        for constraint in testCase.system?.constraints ?? [] {
            check(constraint.type, into: &sink)
        }
        for turn in testCase.turns {
            for item in turn.checklist {
                check(item.type, into: &sink)
            }
        }
    }

    private func check(_ type: Located<String>?, into sink: inout DiagnosticSink) {
        guard let type, ConstraintType(rawValue: type.value) == nil else { return }
        let known = ConstraintType.allCases.map(\.rawValue)
        let message: String
        if type.value.isEmpty {
            message = "constraint type is empty (expected one of: \(known.joined(separator: ", ")))"
        } else if let byLabel = ConstraintType(label: type.value) {
            message = "'\(type.value)' is SysBench's label; write the type id '\(byLabel.rawValue)'"
        } else {
            message = "unknown constraint type '\(RuleSupport.short(type.value))'" + RuleSupport.hint(for: type.value, among: known)
        }
        sink.report(Self.description, at: type, message)
    }
}
