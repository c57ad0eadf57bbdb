public import SysBenchCore
import YAMLSource

/// Release records are keyed by case id, so two cases with one id would collide.
public struct CaseIdRepeatedRule: DatasetRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "case-id-repeated",
        severity: .error,
        summary: "Two case files in the dataset have the same id",
        triggering: [
            Example(files: [
                .init(name: "cases/example.yaml", text: "id: example\n"),
                .init(name: "drafts/example.yaml", text: "id: ↓example\n"),
            ]),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example(files: [
                .init(name: "a.yaml", text: "id: a\n"),
                .init(name: "b.yaml", text: "id: b\n"),
            ]),
        ]
    )

    /// Each id with where it was first seen.
    private var seen: [String: (file: String, mark: Mark)] = [:]

    /// Makes the rule.
    public init() {}

    /// Notes this case and reports what repeats a case seen before.
    public mutating func observe(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let id = testCase.id, !id.value.isEmpty else { return }
        if let first = seen[id.value] {
            sink.report(Self.description, at: id, "case id '\(RuleSupport.short(id.value))' is already used at \(first.file):\(first.mark)")
        } else {
            seen[id.value] = (context.file, id.start)
        }
    }
}
