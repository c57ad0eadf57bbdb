import KitSupport
public import SysBenchCore

/// The scene helps reviewers and breakdowns; SysBench has one for all but three sessions.
public struct SceneMissingRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "scene-missing",
        severity: .warning,
        summary: "The case has no scene, or an empty one",
        triggering: [
            Example("↓id: example\ndomain: travel\n"),
            Example("id: example\nscene: ↓\"\"\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            // A misspelt scene is reported once, as schema-unknown-field.
            Example("id: example\nscnee: city guide\n"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        if let scene = testCase.scene {
            if scene.value.isBlank {
                sink.report(Self.description, at: scene, "scene is empty: describe the situation in a few words")
            }
        } else if SchemaChecker.misspelling(of: "scene", in: testCase.root, schema: CaseSchema.case) == nil {
            sink.report(Self.description, at: testCase.root.start, "the case has no scene: add a few words on the situation")
        }
    }
}
