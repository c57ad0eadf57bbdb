/// Vertical bars of percentages grouped by category: for each category (a model)
/// one bar per group (aligned, misaligned), each labelled with its value.
public struct GroupedBarChart: Sendable {
    /// The chart's title, drawn above it.
    public var title: String
    /// The categories along x, in order (model names).
    public var categories: [String]
    /// The groups within a category with their colours; `values` has one entry per
    /// category.
    public var groups: [ChartSeries]

    /// Creates a chart.
    public init(title: String, categories: [String], groups: [ChartSeries]) {
        self.title = title
        self.categories = categories
        self.groups = groups
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let barWidth = 30.0, gap = 26.0
        let groupWidth = Double(groups.count) * barWidth + gap
        let plotLeft = 44.0
        let width = max(300, plotLeft + 16 + groupWidth * Double(categories.count) + 8)
        let plot = (top: 34.0, bottom: 234.0, right: width - 16)
        var canvas = SVGCanvas(width: width, height: 0)
        canvas.text(title, x: 12, y: 18, anchor: "start", cssClass: "chart-title", bold: true)
        func y(_ fraction: Double) -> Double {
            plot.bottom - (plot.bottom - plot.top) * min(max(fraction, 0), 1)
        }
        for tick in 0...5 {
            let fraction = Double(tick) / 5
            canvas.line(plotLeft, y(fraction), plot.right, y(fraction), cssClass: tick == 0 ? "axis" : "grid",
                        stroke: tick == 0 ? "#5f6368" : "#e8eaed")
            canvas.text("\(tick * 20)%", x: plotLeft - 6, y: y(fraction) + 4, anchor: "end", cssClass: "tick",
                        fill: "#5f6368")
        }
        canvas.line(plotLeft, plot.top, plotLeft, plot.bottom, cssClass: "axis", stroke: "#5f6368")
        // Each category gets an equal slot with its bars centred, so one model does not
        // sit in a corner of an empty chart.
        let slot = (plot.right - plotLeft - 8) / Double(max(categories.count, 1))
        for (category, name) in categories.enumerated() {
            let center = plotLeft + 8 + slot * (Double(category) + 0.5)
            let start = center - barWidth * Double(groups.count) / 2
            for (index, group) in groups.enumerated() {
                let value = group.values.indices.contains(category) ? group.values[category] : nil
                let x = start + barWidth * Double(index)
                let top = y(value ?? 0)
                canvas.rect(x: x + 2, y: top, width: barWidth - 4, height: plot.bottom - top, fill: group.color,
                            cssClass: "bar", title: "\(name), \(group.name): \(Chart.percent(value))%")
                canvas.text(Chart.percent(value), x: x + barWidth / 2, y: top - 4, cssClass: "value", fill: "#3c4043")
            }
            let label = Chart.shorten(name, to: max(10, Int(slot / 7)))
            canvas.text(label, x: center, y: plot.bottom + 16, cssClass: "axis-label", title: label == name ? nil : name)
        }
        canvas.height = canvas.legend(groups.map { ($0.name, $0.color) }, x: 12, y: plot.bottom + 40)
        return canvas.render(title: title, cssClass: "bars")
    }
}
