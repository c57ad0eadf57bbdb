/// A line chart of percentages over positions 1…n: one polyline with a dot per
/// defined value for each series, y from 0% to 100%.
///
/// Used for the SSR curves: `R_k`, the share of sessions whose first k turns all
/// pass, for k = 1…n, one line per model.
public struct LineChart: Sendable {
    /// The chart's title, drawn above it.
    public var title: String
    /// The labels of the x positions (`R1`, `R2`, …).
    public var xLabels: [String]
    /// One series per model; `values` follow `xLabels`.
    public var series: [ChartSeries]

    /// Creates a chart.
    public init(title: String, xLabels: [String], series: [ChartSeries]) {
        self.title = title
        self.xLabels = xLabels
        self.series = series
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let width = 420.0
        let plot = (left: 44.0, top: 34.0, right: width - 16, bottom: 234.0)
        var canvas = SVGCanvas(width: width, height: 0)
        canvas.text(title, x: 12, y: 18, anchor: "start", cssClass: "chart-title", bold: true)
        func y(_ fraction: Double) -> Double {
            plot.bottom - (plot.bottom - plot.top) * min(max(fraction, 0), 1)
        }
        let step = xLabels.count > 1 ? (plot.right - plot.left - 24) / Double(xLabels.count - 1) : 0
        func x(_ index: Int) -> Double {
            xLabels.count > 1 ? plot.left + 12 + step * Double(index) : (plot.left + plot.right) / 2
        }
        for tick in 0...5 {
            let fraction = Double(tick) / 5
            canvas.line(plot.left, y(fraction), plot.right, y(fraction), cssClass: tick == 0 ? "axis" : "grid",
                        stroke: tick == 0 ? "#5f6368" : "#e8eaed")
            canvas.text("\(tick * 20)%", x: plot.left - 6, y: y(fraction) + 4, anchor: "end", cssClass: "tick",
                        fill: "#5f6368")
        }
        canvas.line(plot.left, plot.top, plot.left, plot.bottom, cssClass: "axis", stroke: "#5f6368")
        for (index, label) in xLabels.enumerated() {
            canvas.text(label, x: x(index), y: plot.bottom + 16, cssClass: "axis-label")
        }
        for entry in series {
            let points = entry.values.enumerated().compactMap { index, value in
                value.map { (x: x(index), y: y($0)) }
            }
            canvas.polyline(points, series: entry.name, stroke: entry.color)
            for (index, value) in entry.values.enumerated() {
                guard let value, index < xLabels.count else { continue }
                canvas.circle(x: x(index), y: y(value), fill: entry.color,
                              title: "\(entry.name) \(xLabels[index]): \(Chart.percent(value))%")
            }
        }
        canvas.height = canvas.legend(series.map { ($0.name, $0.color) }, x: 12, y: plot.bottom + 40)
        return canvas.render(title: title, cssClass: "line")
    }
}
