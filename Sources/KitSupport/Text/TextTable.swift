/// A titled table of already formatted cells: the one table renderer of the toolkit,
/// for terminals (aligned by display width) and for Markdown (pipes escaped).
public struct TextTable: Sendable, Hashable {
    /// What the table shows.
    public var title: String
    /// Column headings.
    public var header: [String]
    /// Rows of cells, each as long as `header`.
    public var rows: [[String]]

    /// Creates a table.
    public init(title: String, header: [String], rows: [[String]]) {
        self.title = title
        self.header = header
        self.rows = rows
    }

    /// The table as aligned plain text: the first column left-aligned, the others
    /// right-aligned, two spaces apart, every line prefixed by `indent`, no trailing
    /// blanks. Cells are padded by terminal columns (`DisplayWidth`), so Chinese
    /// cells line up. With `showsHeader` false the header line is left out.
    public func text(indent: String = "", showsHeader: Bool = true) -> String {
        let lines = (showsHeader ? [header] : []) + rows
        let columns = lines.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for line in lines {
            for (column, cell) in line.enumerated() {
                widths[column] = max(widths[column], DisplayWidth.of(cell))
            }
        }
        var out = ""
        for line in lines {
            let cells = line.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return column == 0 ? cell + pad : pad + cell
            }
            var text = indent + cells.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            out += text + "\n"
        }
        return out
    }

    /// The table as a GitHub-flavoured Markdown pipe table: `|` in cells escaped, the
    /// first column left-aligned, the others right-aligned.
    public func markdown() -> String {
        let row = { (cells: [String]) in "| " + cells.map(Self.escape).joined(separator: " | ") + " |\n" }
        var out = row(header)
        out += "|" + header.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined() + "\n"
        for cells in rows { out += row(cells) }
        return out
    }

    /// `text` with every `|` escaped for a Markdown table cell.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
