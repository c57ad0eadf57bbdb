/// Turns lint results into output text, file by file, so nothing waits for the whole run.
public protocol Reporter {
    /// Text to write before the first file.
    mutating func begin() -> String
    /// Text for one file's findings (often empty for a clean file).
    mutating func report(_ file: LintedFile) -> String
    /// Text to write after the last file.
    mutating func end(_ summary: LintSummary) -> String
}

/// The output formats of `lint --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Human text with source excerpts, the JSON report, or GitHub workflow annotations.
    case text, json, github

    /// A fresh reporter for this format.
    public func makeReporter() -> any Reporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .github: GitHubReporter()
        }
    }
}

extension LintSummary {
    /// `2 errors, 1 warning in 14 files (14 cases)`, or `no problems in …` when clean.
    public var sentence: String {
        let found = errors + warnings == 0
            ? "no problems"
            : "\(Self.count(errors, "error")), \(Self.count(warnings, "warning"))"
        return "\(found) in \(Self.count(files, "file")) (\(Self.count(cases, "case")))"
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
