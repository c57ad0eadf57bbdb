import KitSupport
import SysBenchCore

/// The output formats of `score`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned tables for a terminal.
    case text
    /// The report as JSON (see ``ScoreReport/json``).
    case json
    /// Markdown tables.
    case markdown
    /// One CSV row per model.
    case csv

    /// Renders a report in this format; the text ends with a newline.
    public func render(_ report: ScoreReport) -> String {
        switch self {
        case .text: TextFormatter.render(report)
        case .json: JSONWriter.write(report.json, indent: 2) + "\n"
        case .markdown: MarkdownFormatter.render(report)
        case .csv: CSVFormatter.render(report)
        }
    }
}
