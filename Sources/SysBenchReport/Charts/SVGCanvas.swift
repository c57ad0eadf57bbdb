/// An SVG drawing assembled element by element, rendered as one `<svg>` string.
///
/// Attribute values pass through ``Markup/escape(_:)`` and coordinates through
/// ``Markup/number(_:)``, so the output is well-formed XML whatever the labels hold.
/// Elements carry a `class` (`axis`, `axis-label`, `series`, `point`, `legend`, …) so
/// the page's CSS can style them and tests can find them.
public struct SVGCanvas: Sendable {
    /// The drawing's width in user units (and CSS pixels at scale 1).
    public var width: Double
    /// The drawing's height.
    public var height: Double
    private var elements: [String] = []

    /// Creates an empty drawing.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The `<svg>` element; `title` becomes its accessible name and `<title>`.
    public func render(title: String, cssClass: String) -> String {
        let label = Markup.escape(title)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart \(Markup.escape(cssClass))\""
        out += " viewBox=\"0 0 \(Markup.number(width)) \(Markup.number(height))\""
        out += " width=\"\(Markup.number(width))\" height=\"\(Markup.number(height))\""
        out += " role=\"img\" aria-label=\"\(label)\" font-family=\"\(Self.fontFamily)\" font-size=\"12\">"
        out += "<title>\(label)</title>"
        for element in elements { out += element }
        out += "</svg>"
        return out
    }

    /// The font stack for text in a chart opened on its own; inline in the page the
    /// CSS gives the same stack.
    static let fontFamily = "system-ui, &quot;Noto Sans&quot;, &quot;Noto Sans CJK SC&quot;, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, sans-serif"

    /// A straight line.
    public mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cssClass: String, stroke: String = "#9aa0a6"
    ) {
        elements.append(
            "<line class=\"\(cssClass)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\"/>")
    }

    /// Text; `anchor` is `start`, `middle` or `end`; `halo` draws small text with a white
    /// outline so it stays readable over lines; `title` adds a tooltip (e.g. the full
    /// text of a shortened label).
    public mutating func text(
        _ content: String, x: Double, y: Double, anchor: String = "middle", cssClass: String,
        fill: String = "#202124", bold: Bool = false, halo: Bool = false, title: String? = nil
    ) {
        var out = "<text class=\"\(cssClass)\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
        if bold { out += " font-weight=\"600\"" }
        if halo { out += " font-size=\"10\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"" }
        out += ">"
        if let title { out += "<title>\(Markup.escape(title))</title>" }
        out += Markup.escape(content) + "</text>"
        elements.append(out)
    }

    /// A closed polygon through `points`.
    public mutating func polygon(
        _ points: [(x: Double, y: Double)], cssClass: String, stroke: String, fill: String,
        fillOpacity: Double = 0, series: String? = nil
    ) {
        var out = "<polygon class=\"\(cssClass)\""
        if let series { out += " data-series=\"\(Markup.escape(series))\"" }
        out += " points=\"\(pointList(points))\" stroke=\"\(stroke)\" fill=\"\(fill)\""
        out += " fill-opacity=\"\(n(fillOpacity))\" stroke-width=\"\(cssClass == "series" ? 2 : 1)\">"
        if let series { out += "<title>\(Markup.escape(series))</title>" }
        out += "</polygon>"
        elements.append(out)
    }

    /// An open line through `points`.
    public mutating func polyline(_ points: [(x: Double, y: Double)], series: String, stroke: String) {
        elements.append(
            "<polyline class=\"series\" data-series=\"\(Markup.escape(series))\" points=\"\(pointList(points))\""
                + " stroke=\"\(stroke)\" fill=\"none\" stroke-width=\"2\"><title>\(Markup.escape(series))</title></polyline>")
    }

    /// A dot, with a tooltip such as `gpt4o R3: 61.2%`.
    public mutating func circle(x: Double, y: Double, radius: Double = 3.5, fill: String, title: String) {
        elements.append(
            "<circle class=\"point\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\">"
                + "<title>\(Markup.escape(title))</title></circle>")
    }

    /// A rectangle, with an optional tooltip.
    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, cssClass: String, title: String? = nil
    ) {
        var out = "<rect class=\"\(cssClass)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(width, 0)))\""
        out += " height=\"\(n(max(height, 0)))\" fill=\"\(fill)\">"
        if let title { out += "<title>\(Markup.escape(title))</title>" }
        out += "</rect>"
        elements.append(out)
    }

    /// A horizontal legend: a swatch and a name per entry, wrapping at the width.
    /// Returns the y below the legend.
    @discardableResult
    public mutating func legend(_ entries: [(name: String, color: String)], x: Double, y: Double) -> Double {
        var cursorX = x, cursorY = y
        for entry in entries {
            let label = Chart.shorten(entry.name, to: 28)
            let entryWidth = 22 + Double(Chart.textWidth(label)) * 6.6 + 16
            if cursorX + entryWidth > width - 8, cursorX > x {
                cursorX = x
                cursorY += 18
            }
            elements.append(
                "<g class=\"legend\" data-series=\"\(Markup.escape(entry.name))\">"
                    + "<rect x=\"\(n(cursorX))\" y=\"\(n(cursorY - 9))\" width=\"14\" height=\"10\" fill=\"\(entry.color)\"/>"
                    + "<text x=\"\(n(cursorX + 20))\" y=\"\(n(cursorY))\" fill=\"#202124\">"
                    + (label == entry.name ? "" : "<title>\(Markup.escape(entry.name))</title>")
                    + "\(Markup.escape(label))</text></g>")
            cursorX += entryWidth
        }
        return cursorY + 18
    }

    private func n(_ value: Double) -> String { Markup.number(value) }

    private func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
    }
}
