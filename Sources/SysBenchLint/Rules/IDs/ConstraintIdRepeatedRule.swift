public import SysBenchCore

/// Checklist items link to constraints by id, so a repeated id makes the link ambiguous.
public struct ConstraintIdRepeatedRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "constraint-id-repeated",
        severity: .error,
        summary: "Two constraint annotations of the system message have the same id",
        triggering: [
            Example("""
                system:
                  text: Be brief. Be kind.
                  constraints:
                    - id: C1
                      type: format
                      quote: Be brief.
                    - id: ↓C1
                      type: style
                      quote: Be kind.
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        var seen: Set<String> = []
        for constraint in testCase.system?.constraints ?? [] {
            guard let id = constraint.id, !id.value.isEmpty else { continue }
            if !seen.insert(id.value).inserted {
                sink.report(Self.description, at: id, "constraint id '\(RuleSupport.short(id.value))' is used by an earlier constraint")
            }
        }
    }
}
