public import SysBenchCore

/// A check that cannot be read would silently leave the judge alone, or fail every answer.
public struct CheckInvalidRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "check-invalid",
        severity: .error,
        summary: "A checklist item's check or verify is not as CHECKS.md defines it",
        triggering: [
            Example(item("check: {↓cuont: chars, less_than: 400}")),
            Example(item("check: {contains: [a], ↓excludes: [b]}")),
            Example(item("check: {count: chars, less_than: ↓-1}")),
            Example(item("check: {count: words, more_than: 10, at_most: ↓5}")),
            Example(item("check: {count: words, equals: 3, ↓at_least: 1}")),
            Example(item("check: {contains: ↓[]}")),
            Example(item("check: {starts_with: ↓\"\"}")),
            Example(item("check: {matches: ↓\"[0-9\"}")),
            Example(item("check: {count: ↓letters, equals: 3}")),
            Example(item("verify: ↓check")),
            Example(item("check: {json: true}\n        verify: ↓always")),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example(item("check: {count: chars, less_than: 400}\n        verify: check")),
            Example(item("check: {count: bullets, at_least: 2, at_most: 4}")),
            Example(item("check: {contains_any: [Wuhan, 武汉]}\n        verify: judge")),
            Example(item("check: {matches: \"^Sorry\"}")),
            Example(item("verify: both")),
        ]
    )

    /// A one-turn case whose only item carries `extra` (indented for the item mapping).
    static func item(_ extra: String) -> String {
        """
        turns:
          - id: t1
            checklist:
              - type: format
                text: Keeps the answer short
                \(extra)

        """
    }

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        for turn in testCase.turns {
            for item in turn.checklist {
                if let node = item.check {
                    for problem in CheckDecoder.decode(node).problems {
                        sink.report(Self.description, at: problem.mark, problem.message)
                    }
                }
                guard let verify = item.verify else { continue }
                let read = CheckDecoder.verify(verify)
                if let problem = read.problem {
                    sink.report(Self.description, at: problem.mark, problem.message)
                } else if read.verify == .check, item.check == nil {
                    sink.report(Self.description, at: verify, "'verify: check' needs a check to decide with; add 'check:' or use 'verify: judge'")
                }
            }
        }
    }
}
