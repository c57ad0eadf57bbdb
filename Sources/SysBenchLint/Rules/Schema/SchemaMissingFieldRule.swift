public import SysBenchCore

/// Reported at the start of the object that lacks the field.
public struct SchemaMissingFieldRule: SchemaProblemRule {
    /// The problem kind this rule reports.
    public static let kind = SchemaProblem.Kind.missingField

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "schema-missing-field",
        severity: .error,
        summary: "A required field is missing",
        triggering: [
            Example("""
                ↓id: example
                scene: city guide
                mode: parallel
                system:
                  text: You only give advice about Wuhan.
                turns: []
                """),
            Example("""
                id: example
                domain: travel
                mode: parallel
                system:
                  text: You only give advice about Wuhan.
                turns:
                  - ↓id: t1
                    alignment: aligned
                    checklist:
                      - ↓type: content
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("""
                id: example
                domain: travel
                mode: parallel
                system:
                  text: You only give advice about Wuhan.
                turns:
                  - id: t1
                    user: Hi
                    alignment: aligned
                    checklist:
                      - type: content
                        text: Greets the user
                """),
            // A misspelt field is one mistake, reported once: as the unknown field.
            Example("""
                id: example
                domain: travel
                mode: parallel
                system:
                  text: You only give advice about Wuhan.
                turns:
                  - id: t1
                    user: Hi
                    alignment: aligned
                    checklist:
                      - tpye: content
                        text: Greets the user
                """),
        ]
    )
}
