import SysBenchScore

/// One named series of a chart: a model's values in 0...1, nil where undefined.
public struct ChartSeries: Sendable, Hashable {
    /// The series name, shown in the legend (a model name as the run gives it).
    public var name: String
    /// The values in 0...1, one per category or x position; nil is not drawn.
    public var values: [Double?]
    /// A CSS colour.
    public var color: String

    /// Creates a series.
    public init(name: String, values: [Double?], color: String) {
        self.name = name
        self.values = values
        self.color = color
    }
}

/// Helpers shared by the chart types.
public enum Chart {
    /// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies;
    /// series beyond eight reuse them in order.
    public static let palette = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#6F6F6F", "#000000",
    ]

    /// The colour of the series at `index`.
    public static func color(_ index: Int) -> String {
        palette[index % palette.count]
    }

    /// A percentage for a label, with the paper's one decimal: `87.1`, or `–`.
    static func percent(_ value: Double?) -> String {
        PercentFormat.percent(value)
    }

    /// A label cut to `limit` characters with an ellipsis.
    static func shorten(_ text: String, to limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    /// Approximate width in average Latin characters: CJK characters count two.
    static func textWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }
}
