import Foundation

/// A radar (spider) chart: one axis per category from the centre (0%) to the rim
/// (100%), one closed polygon per series.
///
/// Used for CSR by constraint type: six axes, one polygon per model. An undefined
/// value is drawn at the centre and its tooltip says `–`.
public struct RadarChart: Sendable {
    /// The chart's accessible title.
    public var title: String
    /// Axis names, clockwise from the top.
    public var axes: [String]
    /// One series per model; `values` are in axis order.
    public var series: [ChartSeries]

    /// Creates a chart.
    public init(title: String, axes: [String], series: [ChartSeries]) {
        self.title = title
        self.axes = axes
        self.series = series
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let width = 440.0, radius = 130.0
        let center = (x: width / 2, y: 40 + radius)
        var canvas = SVGCanvas(width: width, height: 0)
        func point(_ axis: Int, _ fraction: Double) -> (x: Double, y: Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(max(axes.count, 1))
            let r = radius * min(max(fraction, 0), 1)
            return (center.x + r * cos(angle), center.y + r * sin(angle))
        }
        // Grid rings every 20 percentage points.
        for step in 1...5 {
            canvas.polygon(
                axes.indices.map { point($0, Double(step) / 5) }, cssClass: "grid", stroke: "#dadce0", fill: "none")
        }
        for (index, name) in axes.enumerated() {
            let end = point(index, 1)
            canvas.line(center.x, center.y, end.x, end.y, cssClass: "axis")
            let label = point(index, 1.1)
            let vertical = abs(label.x - center.x) < 1
            let anchor = vertical ? "middle" : (label.x > center.x ? "start" : "end")
            // Labels on the vertical axis sit clear of the rim: above it at the top, below it at the bottom.
            let y = vertical ? (label.y < center.y ? label.y : label.y + 10) : label.y + 4
            canvas.text(name, x: label.x, y: y, anchor: anchor, cssClass: "axis-label", bold: true)
        }
        for entry in series {
            let points = axes.indices.map { point($0, entry.values.indices.contains($0) ? entry.values[$0] ?? 0 : 0) }
            canvas.polygon(
                points, cssClass: "series", stroke: entry.color, fill: entry.color, fillOpacity: 0.05,
                series: entry.name)
            for (index, spot) in points.enumerated() {
                let value = entry.values.indices.contains(index) ? entry.values[index] : nil
                canvas.circle(
                    x: spot.x, y: spot.y, radius: 3, fill: entry.color,
                    title: "\(entry.name), \(axes[index]): \(Chart.percent(value))%")
            }
        }
        // Ring values last, with a white halo, so the series do not hide them.
        for step in 1...5 {
            let label = point(0, Double(step) / 5)
            canvas.text("\(step * 20)", x: label.x + 4, y: label.y + 11, anchor: "start", cssClass: "tick",
                        fill: "#5f6368", halo: true)
        }
        let bottom = canvas.legend(series.map { ($0.name, $0.color) }, x: 12, y: center.y + radius + 42)
        canvas.height = bottom
        return canvas.render(title: title, cssClass: "radar")
    }
}
