public import SysBenchCore
import YAMLSource

/// A text far longer than any model context is a pasted file or a generated mistake;
/// catching it here keeps builds and reports small. The largest SysBench text is 7 KB.
public struct TextTooLongRule: CaseRule {
    /// The longest text accepted, in UTF-8 bytes.
    public static let limit = 256 * 1024

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "text-too-long",
        severity: .error,
        summary: "A text is longer than 256 KiB",
        triggering: [
            Example("id: example\nsystem:\n  text: ↓" + String(repeating: "long ", count: 60_000) + "\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\nsystem:\n  text: " + String(repeating: "long ", count: 50_000) + "\n"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        // No text can be longer than the file that holds it.
        guard context.sourceSize > Self.limit else { return }
        // The node tree is at most YAMLParser.maxDepth deep, so recursion is bounded.
        func walk(_ node: Node) {
            switch node.content {
            case .scalar(let scalar):
                let size = scalar.text.utf8.count
                if size > Self.limit {
                    sink.report(Self.description, at: node.start, "text of \(Self.format(size)) is longer than the limit of 256 KiB")
                }
            case .sequence(let items):
                items.forEach(walk)
            case .mapping(let pairs):
                for pair in pairs {
                    walk(pair.key)
                    walk(pair.value)
                }
            }
        }
        walk(testCase.root)
    }

    static func format(_ bytes: Int) -> String {
        bytes >= 1 << 20
            ? "\(bytes / (1 << 20)).\((bytes % (1 << 20)) * 10 / (1 << 20)) MiB"
            : "\(bytes / 1024) KiB"
    }
}
