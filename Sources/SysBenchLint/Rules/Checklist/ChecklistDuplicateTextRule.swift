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
            // Keyed by bytes: String hashing normalises Unicode, which costs more than
            // the whole rule needs, and equal texts here are copies, not look-alikes.
            var seen: [[UInt8]: Int] = [:]
            for (index, item) in turn.checklist.enumerated() {
                guard let text = item.text else { continue }
                let key = Array(String(RuleSupport.trimmed(text.value)).utf8)
                guard !key.isEmpty else { continue }
                if let first = seen[key] {
                    sink.report(Self.description, at: text, "checklist item \(index + 1) repeats the text of item \(first + 1)")
                } else {
                    seen[key] = index
                }
            }
        }
    }
}
