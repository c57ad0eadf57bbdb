public import YAMLSource

/// The file is not valid YAML (libyaml's own problem text and position)
public struct YAMLSyntaxRule: YAMLProblemRule {
    /// The problem kind this rule reports.
    public static let kind = YAMLError.Kind.syntax

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "yaml-syntax",
        severity: .error,
        summary: "The file is not valid YAML (libyaml's own problem text and position)",
        triggering: [
            Example("id: example\ndomain: [travel\nmode↓: parallel\n"),
            Example("id: example\ndomain: travel↓: city\n"),
            Example("id: example\n  domain↓: travel\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\ndomain: [travel]\n"),
        ]
    )
}
