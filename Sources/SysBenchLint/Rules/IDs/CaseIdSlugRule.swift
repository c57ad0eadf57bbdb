public import SysBenchCore

/// Case ids become file names, URLs and JSONL keys, so they are kept to one safe shape.
public struct CaseIdSlugRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "case-id-slug",
        severity: .error,
        summary: "The case id is not a slug: lower-case letters, digits and hyphens, starting with a letter or digit",
        triggering: [
            Example("id: ↓Wuhan_Travel\n", file: "Wuhan_Travel.yaml"),
            Example("id: ↓-example\n", file: "-example.yaml"),
            Example("id: ↓\"武汉\"\n", file: "武汉.yaml"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: sysbench-001\n", file: "sysbench-001.yaml"),
            Example("id: 7-day-plan\n", file: "7-day-plan.yaml"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let id = testCase.id, !id.value.isEmpty, !Self.isSlug(id.value) else { return }
        sink.report(Self.description, at: id, "case id '\(RuleSupport.short(id.value))' is not a slug: use lower-case letters, digits and hyphens, starting with a letter or digit")
    }

    /// True for `[a-z0-9][a-z0-9-]*`.
    static func isSlug(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), isLowerAlphanumeric(first) else { return false }
        while let byte = bytes.next() {
            guard isLowerAlphanumeric(byte) || byte == UInt8(ascii: "-") else { return false }
        }
        return true
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
