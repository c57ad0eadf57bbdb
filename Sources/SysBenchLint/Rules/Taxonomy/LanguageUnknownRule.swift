public import SysBenchCore

/// Statistics and judge templates are chosen by language, so it is a closed list too.
public struct LanguageUnknownRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "language-unknown",
        severity: .error,
        summary: "The case's language is not one the format knows (en or zh)",
        triggering: [
            Example("id: example\nlanguage: ↓english\n"),
            Example("id: example\nlanguage: ↓EN\n"),
            Example("id: example\nlanguage: ↓\"\"\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\nlanguage: zh\n"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let language = testCase.language else { return }
        Self.check(language, into: &sink)
    }

    /// Reports `language` when it is not a known one: a case's, or `dataset.yaml`'s default.
    public static func check(_ language: Located<String>, into sink: inout DiagnosticSink) {
        guard !CaseSchema.languages.contains(language.value) else { return }
        let known = CaseSchema.languages
        let message: String
        if language.value.isEmpty {
            message = "language is empty: write one of \(known.joined(separator: ", ")), or leave the field out"
        } else if known.contains(language.value.lowercased()) {
            message = "unknown language '\(language.value)'; write '\(language.value.lowercased())'"
        } else {
            message = "unknown language '\(RuleSupport.short(language.value))' (expected one of: \(known.joined(separator: ", ")))"
        }
        sink.report(description, at: language, message)
    }
}
