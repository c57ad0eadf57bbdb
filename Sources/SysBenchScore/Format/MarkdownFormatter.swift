import Foundation

/// Renders a report as GitHub-flavoured markdown tables, for papers and READMEs.
public enum MarkdownFormatter {
    /// The report as markdown, ending with a newline.
    public static func render(_ report: ScoreReport) -> String {
        var out = "_\(escape(report.settingsLine))_\n"
        for table in report.tables {
            out += "\n### \(escape(table.title))\n\n"
            out += render(table)
        }
        return out
    }

    /// One pipe table; numeric columns are right-aligned.
    public static func render(_ table: ReportTable) -> String {
        let row = { (cells: [String]) in "| " + cells.map(escape).joined(separator: " | ") + " |\n" }
        var out = row(table.header)
        out += "|" + table.header.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined() + "\n"
        for cells in table.rows { out += row(cells) }
        return out
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}

