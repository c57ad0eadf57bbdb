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
            // Ids that differ from their file names are kept whole.
            Example(files: [
                .init(name: "a.yaml", text: "id: b\n"),
                .init(name: "b.yaml", text: "id: ↓b\n"),
                .init(name: "c.yaml", text: "id: ↓b\n"),
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
    private var seen = FirstSeenTable()
    /// The ids of files not named after their id, by file number; every other file's id
    /// is its name, read back from the file list.
    private var unlikeFileName: [Int: String] = [:]

    /// Makes the rule.
    public init() {}

    /// Notes this case and reports what repeats a case seen before.
    public mutating func observe(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let id = testCase.id, !id.value.isEmpty else { return }
        seen.reserve(context.files.count)
        let files = context.files
        let found = seen.firstOrRecord(check: FirstSeenTable.check(id.value), file: context.fileNumber, mark: id.start) { number in
            (unlikeFileName[number] ?? DatasetLinter.baseName(of: files[number])) == id.value
        }
        if let first = found {
            sink.report(Self.description, at: id, "case id '\(RuleSupport.short(id.value))' is already used at \(files[first.file]):\(first.mark)")
        } else if id.value != context.baseName {
            unlikeFileName[context.fileNumber] = id.value
        }
    }
}
