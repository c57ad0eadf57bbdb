public import SysBenchCore

/// A turn named twice in `depends_on` is a slip (often a copy of the line above with
/// one id left unchanged), and the release would carry the list as written.
public struct DependsOnRepeatedRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "depends-on-repeated",
        severity: .error,
        summary: "depends_on names the same turn twice",
        triggering: [
            Example("""
                mode: dependent
                turns:
                  - id: t1
                  - id: t2
                    depends_on: [t1, ↓t1]
                  - id: t3
                    depends_on:
                      - t1
                      - t2
                      - ↓t1
                      - ↓t2
                """),
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    depends_on: [t9, ↓t9, ↓t9]\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    depends_on: [t1]\n  - id: t3\n    depends_on: [t1, t2]\n"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        for turn in testCase.turns {
            guard let targets = turn.dependsOn, targets.count > 1 else { continue }
            var seen: Set<String> = []
            let name = turn.id.map { "turn '\($0.value)'" } ?? "this turn"
            for target in targets where !seen.insert(target.value).inserted {
                sink.report(Self.description, at: target, "\(name) names '\(RuleSupport.short(target.value))' twice in depends_on: remove the repeat")
            }
        }
    }
}
