public import YAMLSource

/// A mapping key is a sequence or mapping instead of a name
public struct YAMLComplexKeyRule: YAMLProblemRule {
    /// The problem kind this rule reports.
    public static let kind = YAMLError.Kind.complexKey

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "yaml-complex-key",
        severity: .error,
        summary: "A mapping key is a sequence or mapping instead of a name",
        triggering: [
            Example("? ↓[id, domain]\n: example\n"),
            Example("{↓{a: 1}: example}\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("\"id\": example\n"),
        ]
    )
}
