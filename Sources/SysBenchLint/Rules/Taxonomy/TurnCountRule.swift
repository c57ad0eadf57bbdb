public import SysBenchCore

/// Stability (SSR, R_k) compares sessions turn by turn, so a dataset may fix the count.
/// Reported at the `turns` key: a missing or extra turn has no line of its own.
public struct TurnCountRule: CaseRule {
    static let config = """
        name: demo
        version: 1.0.0
        turns_per_case: 2
        domains:
          travel: {zh: 旅游}
        """

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "turn-count",
        severity: .error,
        summary: "The case has a different number of turns than dataset.yaml's turns_per_case",
        triggering: [
            Example("id: example\n↓turns:\n  - id: t1\n    user: Hi\n", config: config),
            Example("id: example\n↓turns: []\n", config: config),
        ],
        nonTriggering: [
            Example(Fixture.validCase, config: config),
            Example("id: example\nturns:\n  - id: t1\n", config: nil),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let expected = context.config.turnsPerCase,
              let pair = testCase.root.mapping?.first(where: { $0.key.scalar?.text == "turns" }),
              let items = pair.value.sequence, items.count != expected else { return }
        let source = context.config.path ?? "dataset.yaml"
        let turns = items.count == 1 ? "1 turn" : "\(items.count) turns"
        sink.report(Self.description, at: pair.key.start, "the case has \(turns) but \(source) sets turns_per_case: \(expected)")
    }
}
