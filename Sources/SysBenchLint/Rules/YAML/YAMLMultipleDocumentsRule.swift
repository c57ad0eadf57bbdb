public import YAMLSource

/// The file holds more than one YAML document; write one case per file
public struct YAMLMultipleDocumentsRule: YAMLProblemRule {
    public static let kind = YAMLError.Kind.multipleDocuments

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
