public import SysBenchCore

/// Reported at the empty value.
public struct SchemaEmptyTextRule: SchemaProblemRule {
    /// The problem kind this rule reports.
    public static let kind = SchemaProblem.Kind.emptyText

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "schema-empty-text",
        severity: .error,
        summary: "Empty text where text is required (system text, user message, checklist text, ids)",
        triggering: [
            Example("id: example\nsystem:\n  text: ↓\"  \"\nturns:\n  - id: t1\n    user:↓\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\nsystem:\n  text: You only give advice about Wuhan.\n"),
        ]
    )
}
