import KitSupport

/// Renders a report as aligned plain-text tables for a terminal.
public enum TextFormatter {
    /// The report as text, ending with a newline.
    public static func render(_ report: ScoreReport) -> String {
        var out = report.settingsLine + "\n"
        for table in report.tables {
            out += "\n" + table.title + "\n"
            out += render(table)
        }
        return out
    }

    /// One table: first column left-aligned, the others right-aligned, two spaces apart,
    /// padded by display width (`TextTable.text`).
    public static func render(_ table: ReportTable) -> String {
        table.text()
    }

    /// Terminal columns a string takes: East Asian wide characters (such as the
    /// judges' 不适用) take two.
    public static func displayWidth(_ text: String) -> Int {
        DisplayWidth.of(text)
    }
}
