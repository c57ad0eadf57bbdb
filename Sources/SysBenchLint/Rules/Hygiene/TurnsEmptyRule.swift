public import SysBenchCore

/// A case without turns tests nothing.
public struct TurnsEmptyRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "turns-empty",
        severity: .error,
        summary: "The case has no turns",
        triggering: [
            Example("id: example\nturns: ↓[]\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let node = testCase.turnsNode, node.sequence?.isEmpty == true else { return }
        sink.report(Self.description, at: node.start, "the case has no turns: add the conversation")
    }
}
