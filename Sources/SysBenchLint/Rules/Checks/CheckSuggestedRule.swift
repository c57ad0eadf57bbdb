public import SysBenchCore

/// A judge cannot count: a length the item states should be a check (CHECKS.md).
public struct CheckSuggestedRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "check-suggested",
        severity: .warning,
        summary: "A checklist item states a whole-answer length but has no check",
        triggering: [
            Example(item("↓回答字数数量小于400")),
            Example(item("↓回复为四段，文本汉字字数数量大于300")),
            Example(item("↓Answers in at most 150 words")),
            Example(item("↓Reply in exactly three bullet points, each under 20 words.")),
            Example(item("↓The reply has no more than 5 paragraphs")),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example(item("回答字数数量小于400\n        check: {count: chars, less_than: 400}")),
            Example(item("每个案例的字数数量小于100")),
            Example(item("Each paragraph has at most 50 words")),
            Example(item("Uses fewer than 3 sentences")),
            Example(item("Mentions at least two sights")),
        ]
    )

    /// A one-turn case whose only item has `text` (and whatever follows it).
    static func item(_ text: String) -> String {
        """
        turns:
          - id: t1
            checklist:
              - type: format
                text: \(text)

        """
    }

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        for turn in testCase.turns {
            for item in turn.checklist where item.check == nil {
                guard let text = item.text else { continue }
                if let derived = SysBenchLengthCheck.derive(from: text.value) {
                    sink.report(Self.description, at: text,
                                "the item states a length a judge cannot count; add 'check: \(derived.check.flowText)' and 'verify: \(derived.verify.rawValue)'")
                } else if let check = EnglishLengthCheck.suggest(for: text.value) {
                    sink.report(Self.description, at: text,
                                "the item states a length a judge cannot count; add 'check: \(check.flowText)'")
                }
            }
        }
    }
}
