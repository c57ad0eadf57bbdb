public import YAMLSource

/// A mapping has the same key twice
public struct YAMLDuplicateKeyRule: YAMLProblemRule {
    /// The problem kind this rule reports.
    public static let kind = YAMLError.Kind.duplicateKey

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "yaml-duplicate-key",
        severity: .error,
        summary: "A mapping has the same key twice",
        triggering: [
            Example("id: example\ndomain: travel\n↓id: example2\n"),
            Example("turns:\n  - id: t1\n    ↓id: t2\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\nsystem:\n  id: inner\n"),
        ]
    )
}
