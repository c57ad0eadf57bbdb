public import SysBenchCore

/// A link to a constraint that is not annotated is a typo or a stale reference.
public struct ChecklistConstraintMissingRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "checklist-constraint-missing",
        severity: .error,
        summary: "A checklist item's constraint names no constraint annotation of the system message",
        triggering: [
            Example("""
                system:
                  text: Be brief.
                  constraints:
                    - id: C1
                      type: format
                      quote: Be brief.
                turns:
                  - id: t1
                    checklist:
                      - type: format
                        text: Answers in one sentence
                        constraint: ↓c1
                """),
            Example("""
                system:
                  text: Be brief.
                turns:
                  - id: t1
                    checklist:
                      - type: format
                        text: Answers in one sentence
                        constraint: ↓C1
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
        let known = (testCase.system?.constraints ?? []).compactMap { $0.id?.value }
        let ids = Set(known)
        for turn in testCase.turns {
            for item in turn.checklist {
                guard let link = item.constraint, !link.value.isEmpty, !ids.contains(link.value) else { continue }
                var message = "checklist item links to constraint '\(RuleSupport.short(link.value))', which is not annotated under system.constraints"
                if let near = NearestName.find(link.value, among: known) {
                    message += "; did you mean '\(near)'?"
                }
                sink.report(Self.description, at: link, message)
            }
        }
    }
}
