public import SysBenchCore
import YAMLSource

/// SysBench keys sessions by `system_id`; export would merge two cases that share one.
public struct SystemIDRepeatedRule: DatasetRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "system-id-repeated",
        severity: .error,
        summary: "Two cases in the dataset have the same system_id",
        triggering: [
            Example(files: [
                .init(name: "a.yaml", text: "id: a\nsystem_id: 7\n"),
                .init(name: "b.yaml", text: "id: b\nsystem_id: 8\n"),
                .init(name: "c.yaml", text: "id: c\nsystem_id: ↓7\n"),
            ]),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example(files: [
                .init(name: "a.yaml", text: "id: a\nsystem_id: 7\n"),
                .init(name: "b.yaml", text: "id: b\n"),
                .init(name: "c.yaml", text: "id: c\n"),
            ]),
        ]
    )

    /// Each system_id with where it was first seen.
    private var seen: [Int: (file: String, mark: Mark)] = [:]

    /// Makes the rule.
    public init() {}

    /// Notes this case and reports what repeats a case seen before.
    public mutating func observe(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let systemID = testCase.systemID else { return }
        if let first = seen[systemID.value] {
            sink.report(Self.description, at: systemID, "system_id \(systemID.value) is already used at \(first.file):\(first.mark)")
        } else {
            seen[systemID.value] = (context.file, systemID.start)
        }
    }
}
