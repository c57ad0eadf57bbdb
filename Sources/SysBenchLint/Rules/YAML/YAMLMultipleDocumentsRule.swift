public import YAMLSource

/// The file holds more than one YAML document; write one case per file
public struct YAMLMultipleDocumentsRule: YAMLProblemRule {
    /// The problem kind this rule reports.
    public static let kind = YAMLError.Kind.multipleDocuments

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "yaml-multiple-documents",
        severity: .error,
        summary: "The file holds more than one YAML document; write one case per file",
        triggering: [
            Example("id: example\n↓---\nid: other\n"),
            Example("---\nid: example\n↓--- \nid: other\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("---\nid: example\n"),
            Example("id: example\n...\n"),
        ]
    )
}
