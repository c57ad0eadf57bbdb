public import SysBenchCore

/// The same item twice is counted twice in CSR.
public struct ChecklistDuplicateTextRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "checklist-duplicate-text",
        severity: .error,
        summary: "Two checklist items of a turn have the same text",
        triggering: [
            Example("""
                turns:
                  - id: t1
                    checklist:
                      - type: content
                        text: Mentions hot dry noodles
                      - type: style
                        text: Sounds friendly
                      - type: content
                        text: ↓"Mentions hot dry noodles "
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("""
                turns:
                  - id: t1
                    checklist:
                      - type: content
                        text: Mentions hot dry noodles
                  - id: t2
                    checklist:
                      - type: content
                        text: Mentions hot dry noodles
                """),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        for turn in testCase.turns {
            // Texts are compared byte for byte, as slices of the item texts: String
            // equality and hashing normalise Unicode, which costs more than the rule
            // needs, and equal texts here are copies, not look-alikes. A turn has a
            // handful of items, so each is compared with the distinct ones before it;
            // a long checklist switches to a table so the cost stays linear.
            var firsts: [(index: Int, key: Substring)] = []
            var table: [[UInt8]: Int]?
            for (index, item) in turn.checklist.enumerated() {
                guard let text = item.text else { continue }
                let key = Substring(RuleSupport.trimmed(text.value))
                guard !key.isEmpty else { continue }
                let first: Int?
                if table != nil {
                    let bytes = Array(key.utf8)
                    first = table?[bytes]
                    if first == nil { table?[bytes] = index }
                } else {
                    first = firsts.first(where: { Self.sameBytes($0.key, key) })?.index
                    if first == nil {
                        firsts.append((index, key))
                        if firsts.count > Self.scanLimit {
                            table = Dictionary(firsts.map { (Array($0.key.utf8), $0.index) }, uniquingKeysWith: { a, _ in a })
                        }
                    }
                }
                if let first {
                    sink.report(Self.description, at: text, "checklist item \(index + 1) repeats the text of item \(first + 1)")
                }
            }
        }
    }

    /// Distinct texts compared one by one before a turn's items go into a table.
    private static let scanLimit = 16

    private static func sameBytes(_ a: Substring, _ b: Substring) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }
}
