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
            // Past 32 bits and below zero, ids are kept whole.
            Example(files: [
                .init(name: "a.yaml", text: "id: a\nsystem_id: 5000000000\n"),
                .init(name: "b.yaml", text: "id: b\nsystem_id: -1\n"),
                .init(name: "c.yaml", text: "id: c\nsystem_id: ↓5000000000\n"),
                .init(name: "d.yaml", text: "id: d\nsystem_id: ↓-1\n"),
            ]),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example(files: [
                .init(name: "a.yaml", text: "id: a\nsystem_id: 7\n"),
                .init(name: "b.yaml", text: "id: b\n"),
                .init(name: "c.yaml", text: "id: c\n"),
            ]),
            // 5000000000 and 705032704 share their low 32 bits; -1 and 4294967295 too.
            Example(files: [
                .init(name: "a.yaml", text: "id: a\nsystem_id: 5000000000\n"),
                .init(name: "b.yaml", text: "id: b\nsystem_id: 705032704\n"),
                .init(name: "c.yaml", text: "id: c\nsystem_id: -1\n"),
                .init(name: "d.yaml", text: "id: d\nsystem_id: 4294967295\n"),
            ]),
        ]
    )

    /// Each system_id with where it was first seen.
    private var seen = FirstSeenTable()
    /// The system_ids that do not fit in 32 bits, by file number.
    private var wideValues: [Int: Int] = [:]

    /// Makes the rule.
    public init() {}

    /// Notes this case and reports what repeats a case seen before.
    public mutating func observe(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let systemID = testCase.systemID else { return }
        seen.reserve(context.files.count)
        // A system_id of 32 bits is its own check, so equal checks are equal ids; the few
        // others are kept whole, by file number.
        let value = systemID.value
        let exact = UInt32(exactly: value)
        let fits = exact != nil
        let found = seen.firstOrRecord(check: exact ?? UInt32(truncatingIfNeeded: value.hashValue),
                                       file: context.fileNumber, mark: systemID.start) { number in
            if let wide = wideValues[number] { return wide == value }
            return fits
        }
        if let first = found {
            sink.report(Self.description, at: systemID, "system_id \(systemID.value) is already used at \(context.files[first.file]):\(first.mark)")
        } else if !fits {
            wideValues[context.fileNumber] = value
        }
    }
}
