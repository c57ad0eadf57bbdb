public import YAMLSource

/// The file is not UTF-8 text: invalid bytes, a NUL byte (binary) or control characters
public struct YAMLEncodingRule: YAMLProblemRule {
    /// The problem kind this rule reports.
    public static let kind = YAMLError.Kind.encoding

    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "yaml-encoding",
        severity: .error,
        summary: "The file is not UTF-8 text: invalid bytes, a NUL byte (binary) or control characters",
        triggering: [
            Example("id: example\nscene: a↓\u{0}b\n"),
            Example("id: example\nscene: ↓\u{7}\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\nscene: 旅游信息咨询 ☕\n"),
        ]
    )
}
