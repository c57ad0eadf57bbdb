public import YAMLSource

/// Collections are nested deeper than the loader allows (64 levels)
public struct YAMLTooDeepRule: YAMLProblemRule {
    /// The problem kind this rule reports.
    public static let kind = YAMLError.Kind.tooDeep

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "yaml-too-deep",
        severity: .error,
        summary: "Collections are nested deeper than the loader allows (64 levels)",
        triggering: [
            Example("id: " + String(repeating: "[", count: 63) + "↓[" + String(repeating: "[", count: 200)),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n"),
        ]
    )
}
