public import SysBenchCore

/// A turn with nothing to check contributes nothing to CSR and passes ISR for free.
public struct ChecklistEmptyRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "checklist-empty",
        severity: .error,
        summary: "A turn has no checklist items",
        triggering: [
            Example("turns:\n  - id: t1\n    checklist: ↓[]\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        for turn in testCase.turns {
            guard let node = turn.checklistNode, node.sequence?.isEmpty == true else { continue }
            let name = turn.id.map { "turn '\($0.value)'" } ?? "this turn"
            sink.report(Self.description, at: node.start, "\(name) has no checklist items: list what the verifier should check")
        }
    }
}
