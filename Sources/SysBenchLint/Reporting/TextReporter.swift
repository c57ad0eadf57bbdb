/// The human format: `path:line:col: severity: message [rule-id]`, the source line and
/// a caret under the column, then a summary line.
public struct TextReporter: Reporter {
    /// Makes the reporter.
    public init() {}

    /// Nothing comes before the first file.
    public func begin() -> String { "" }

    /// Each diagnostic with its source line and caret.
    public func report(_ file: LintedFile) -> String {
        var out = ""
        var cursor = SourceExcerpt.Cursor()
        for diagnostic in file.diagnostics {
            out += "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]\n"
            // A file without bytes (empty, or a broken link) has no line to show.
            if !file.source.isEmpty, let excerpt = SourceExcerpt.make(file.source, line: diagnostic.line, column: diagnostic.column, cursor: &cursor) {
                out += excerpt.line + "\n" + excerpt.caret + "\n"
            }
        }
        return out
    }

    /// The summary line.
    public func end(_ summary: LintSummary) -> String {
        summary.sentence + "\n"
    }
}
