public import SysBenchCore

/// A case is found by its file name, so the id inside must say the same.
public struct CaseIdFileNameRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "case-id-file-name",
        severity: .error,
        summary: "The case id differs from the file name (without .yaml)",
        triggering: [
            Example("id: ↓wuhan-travel\n", file: "wuhan-travels.yaml"),
            Example("id: ↓example\n", file: "Example.yml"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: wuhan-travel\n", file: "wuhan-travel.yml"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let id = testCase.id, !id.value.isEmpty, id.value != context.baseName else { return }
        sink.report(Self.description, at: id, "case id '\(RuleSupport.short(id.value))' differs from the file name '\(context.baseName)': rename one of them")
    }
}
