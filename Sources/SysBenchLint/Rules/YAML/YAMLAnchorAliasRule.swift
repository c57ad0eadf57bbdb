public import YAMLSource

/// Anchors, aliases and merge keys are not allowed: case files spell every value out
public struct YAMLAnchorAliasRule: YAMLProblemRule {
    /// The problem kind this rule reports.
    public static let kind = YAMLError.Kind.anchorOrAlias

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "yaml-anchor-alias",
        severity: .error,
        summary: "Anchors, aliases and merge keys are not allowed: case files spell every value out",
        triggering: [
            Example("scene: ↓&s city guide\nid: ↓*s\n"),
            Example("system:\n  ↓<<: {text: hi}\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("scene: \"&s is fine inside quotes\"\n"),
        ]
    )
}
