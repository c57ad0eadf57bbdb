public import SysBenchCore

/// ISR is reported per alignment, so every turn must be one of the two.
public struct AlignmentUnknownRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "alignment-unknown",
        severity: .error,
        summary: "A turn's alignment is neither aligned nor misaligned",
        triggering: [
            Example("turns:\n  - id: t1\n    alignment: ↓align\n  - id: t2\n    alignment: ↓conflicting\n  - id: t3\n    alignment:↓\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        for turn in testCase.turns {
            guard let alignment = turn.alignment, turn.typedAlignment == nil else { continue }
            let message: String
            if alignment.value.isEmpty {
                message = "alignment is empty: write aligned or misaligned"
            } else if let byLabel = Alignment(label: alignment.value) {
                message = "'\(alignment.value)' is SysBench's spelling; write '\(byLabel.rawValue)'"
            } else {
                message = "unknown alignment '\(RuleSupport.short(alignment.value))'"
                    + RuleSupport.hint(for: alignment.value, among: Alignment.allCases.map(\.rawValue))
            }
            sink.report(Self.description, at: alignment, message)
        }
    }
}
