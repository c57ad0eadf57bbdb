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

    /// One table: first column left-aligned, the others right-aligned, two spaces apart.
    public static func render(_ table: ReportTable) -> String {
        let lines = [table.header] + table.rows
        var widths = [Int](repeating: 0, count: table.header.count)
        for line in lines {
            for (column, cell) in line.enumerated() where column < widths.count {
                widths[column] = max(widths[column], displayWidth(cell))
            }
        }
        var out = ""
        for line in lines {
            var cells: [String] = []
            for (column, cell) in line.enumerated() where column < widths.count {
                let pad = String(repeating: " ", count: widths[column] - displayWidth(cell))
                cells.append(column == 0 ? cell + pad : pad + cell)
            }
            var text = cells.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            out += text + "\n"
        }
        return out
    }

    /// Terminal columns a string takes: East Asian wide characters (such as the
    /// judges' 不适用) take two.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + (isWide(scalar.value) ? 2 : 1)
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
