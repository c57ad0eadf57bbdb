public import YAMLSource

/// The file holds no YAML document (it is empty or only comments)
public struct YAMLEmptyRule: YAMLProblemRule {
    /// The problem kind this rule reports.
    public static let kind = YAMLError.Kind.empty

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "yaml-empty",
        severity: .error,
        summary: "The file holds no YAML document (it is empty or only comments)",
        triggering: [
            Example("↓"),
            Example("↓# nothing here yet\n\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("# a comment first\nid: example\n"),
        ]
    )
}
