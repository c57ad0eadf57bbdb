public import SysBenchCore

/// Reported at the value. A case file whose root is not a mapping is reported here too.
public struct SchemaWrongKindRule: SchemaProblemRule {
    /// The problem kind this rule reports.
    public static let kind = SchemaProblem.Kind.wrongKind

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "schema-wrong-kind",
        severity: .error,
        summary: "A value of the wrong kind: a list where text is expected, a quoted or decimal system_id …",
        triggering: [
            Example("id: example\nsystem_id: ↓\"12\"\ndomain: ↓[travel]\n"),
            Example("id: example\nturns:\n  - id: t1\n    depends_on: ↓t0\n"),
            Example("↓- id: example\n"),
            Example("↓just a sentence\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\nsystem_id: 12\ndomain: travel\n"),
        ]
    )
}
