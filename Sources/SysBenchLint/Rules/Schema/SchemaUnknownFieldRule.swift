public import SysBenchCore

/// Reported at the unknown key; the message suggests the nearest known field name.
public struct SchemaUnknownFieldRule: SchemaProblemRule {
    /// The problem kind this rule reports.
    public static let kind = SchemaProblem.Kind.unknownField

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "schema-unknown-field",
        severity: .error,
        summary: "A field the format does not know, with the nearest known name",
        triggering: [
            Example("id: example\n↓domian: travel\n"),
            Example("id: example\nturns:\n  - id: t1\n    ↓dependson: []\n    ↓colour: blue\n"),
            Example("turns:\n  - id: t1\n    checklist:\n      - ↓tpye: content\n        text: Greets the user\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\ndomain: travel\nturns:\n  - id: t1\n    depends_on: []\n"),
        ]
    )
}
