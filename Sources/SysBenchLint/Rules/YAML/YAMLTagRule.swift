public import YAMLSource

/// A tag other than YAML's core tags (!!str, !!int …)
public struct YAMLTagRule: YAMLProblemRule {
    /// The problem kind this rule reports.
    public static let kind = YAMLError.Kind.tag

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "yaml-tag",
        severity: .error,
        summary: "A tag other than YAML's core tags (!!str, !!int …)",
        triggering: [
            Example("id: ↓!python/object example\n"),
            Example("system: ↓!secret\n  text: hi\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: !!str example\n"),
        ]
    )
}
