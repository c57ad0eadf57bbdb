public import SysBenchCore

/// `depends_on` and run journals name turns by id, so ids must be unique in a case.
public struct TurnIdRepeatedRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "turn-id-repeated",
        severity: .error,
        summary: "Two turns of a case have the same id",
        triggering: [
            Example("""
                turns:
                  - id: t1
                    user: Hi
                  - id: t2
                    user: Hello
                  - id: ↓t1
                    user: Hey
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
        for turn in testCase.turns {
            guard let id = turn.id, !id.value.isEmpty else { continue }
            if !seen.insert(id.value).inserted {
                sink.report(Self.description, at: id, "turn id '\(RuleSupport.short(id.value))' is used by an earlier turn of this case")
            }
        }
    }
}
