import Foundation
import KitSupport

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

    /// One pipe table; numeric columns are right-aligned (`TextTable.markdown`).
    public static func render(_ table: ReportTable) -> String {
        table.markdown()
    }

    private static func escape(_ text: String) -> String {
        TextTable.escape(text)
    }
}
