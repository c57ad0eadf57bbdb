public import SysBenchCore

/// The quote ties an annotation to the words that state it; if the text changed, the
/// annotation may no longer be true.
public struct ConstraintQuoteMissingRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "constraint-quote-missing",
        severity: .error,
        summary: "A constraint's quote does not occur verbatim in system.text",
        triggering: [
            Example("""
                system:
                  text: |
                    You only give advice about Wuhan.
                    Always answer in English.
                  constraints:
                    - id: C1
                      type: action
                      quote: ↓only gives advice about Wuhan
                    - id: C2
                      type: style
                      quote: ↓Wuhan. Always answer
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("""
                system:
                  text: |
                    You only give advice about Wuhan.
                    Always answer in English.
                  constraints:
                    - id: C1
                      type: format
                      quote: "Wuhan.\\nAlways answer"
                """),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let text = testCase.system?.text?.value else { return }
        for constraint in testCase.system?.constraints ?? [] {
            guard let quote = constraint.quote, !quote.value.isEmpty,
                  !RuleSupport.occurs(quote.value, in: text) else { continue }
            var message = "quote '\(RuleSupport.short(quote.value))' does not occur in system.text"
            if RuleSupport.occurs(RuleSupport.collapsingWhitespace(quote.value), in: RuleSupport.collapsingWhitespace(text)) {
                message += " (it does if line breaks and spaces are ignored: copy it exactly)"
            } else {
                message += ": copy the words exactly"
            }
            sink.report(Self.description, at: quote, message)
        }
    }
}
