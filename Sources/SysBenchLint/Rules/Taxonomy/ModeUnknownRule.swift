public import SysBenchCore

/// SSR is reported per mode, and the dependency rules depend on it.
public struct ModeUnknownRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "mode-unknown",
        severity: .error,
        summary: "The case's mode is neither parallel nor dependent",
        triggering: [
            Example("id: example\nmode: ↓paralel\n"),
            Example("id: example\nmode: ↓true\n"),
            Example("id: example\nmode:↓\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\nmode: dependent\n"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let mode = testCase.mode, testCase.typedMode == nil else { return }
        var message = "unknown mode '\(RuleSupport.short(mode.value))'"
        if mode.value.isEmpty {
            message = "mode is empty: write parallel or dependent"
        } else if mode.value == "true" || mode.value == "false" {
            message += ": SysBench's rounds_related \(mode.value) is written '\(Mode(roundsRelated: mode.value == "true").rawValue)'"
        } else {
            message += RuleSupport.hint(for: mode.value, among: Mode.allCases.map(\.rawValue))
        }
        sink.report(Self.description, at: mode, message)
    }
}
