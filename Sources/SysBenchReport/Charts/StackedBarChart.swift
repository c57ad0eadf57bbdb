/// Horizontal bars split into coloured segments that add up to 100%: one bar per
/// row (a model), one segment per part (yes, no, other verdicts), each sized by its
/// share of the row's total.
public struct StackedBarChart: Sendable {
    /// One part of the bars: its name, colour and count in each row.
    public struct Part: Sendable, Hashable {
        /// The part's name, shown in the legend.
        public var name: String
        /// A CSS colour.
        public var color: String
        /// The count in each row, in row order.
        public var counts: [Int]

        /// Creates a part.
        public init(name: String, color: String, counts: [Int]) {
            self.name = name
            self.color = color
            self.counts = counts
        }
    }

    /// The chart's title, drawn above it.
    public var title: String
    /// The row labels (model names).
    public var rows: [String]
    /// The parts in drawing order.
    public var parts: [Part]

    /// Creates a chart.
    public init(title: String, rows: [String], parts: [Part]) {
        self.title = title
        self.rows = rows
        self.parts = parts
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let width = 640.0, labelWidth = 170.0, barHeight = 22.0, rowGap = 12.0
        let barLeft = labelWidth + 8, barRight = width - 70
        var canvas = SVGCanvas(width: width, height: 0)
        canvas.text(title, x: 12, y: 18, anchor: "start", cssClass: "chart-title", bold: true)
        var y = 34.0
        for (row, name) in rows.enumerated() {
            let total = parts.reduce(0) { $0 + ($1.counts.indices.contains(row) ? $1.counts[row] : 0) }
            let label = Chart.shorten(name, to: 24)
            canvas.text(label, x: labelWidth, y: y + barHeight / 2 + 4, anchor: "end", cssClass: "axis-label",
                        title: label == name ? nil : name)
            var x = barLeft
            for part in parts {
                let count = part.counts.indices.contains(row) ? part.counts[row] : 0
                guard total > 0, count > 0 else { continue }
                let share = Double(count) / Double(total)
                let segment = max((barRight - barLeft) * share, 1)
                canvas.rect(x: x, y: y, width: segment, height: barHeight, fill: part.color, cssClass: "segment",
                            title: "\(name), \(part.name): \(count) (\(Chart.percent(share))%)")
                if segment > 44 {
                    canvas.text("\(Chart.percent(share))%", x: x + segment / 2, y: y + barHeight / 2 + 4,
                                cssClass: "value", fill: "#ffffff")
                }
                x += segment
            }
            canvas.text("\(total)", x: barRight + 6, y: y + barHeight / 2 + 4, anchor: "start", cssClass: "total",
                        fill: "#5f6368")
            y += barHeight + rowGap
        }
        canvas.height = canvas.legend(parts.map { ($0.name, $0.color) }, x: 12, y: y + 14)
        return canvas.render(title: title, cssClass: "stacked")
    }
}
