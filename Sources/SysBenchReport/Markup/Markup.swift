import Foundation

/// Escaping and number formatting shared by the HTML page and its SVG charts.
///
/// Everything that did not come from this target's own string literals (model names,
/// answers, judge reasons, file paths) goes through ``escape(_:)``, so a `<script>` in
/// a run is shown as text. Only the five XML entities are used, never HTML-only ones
/// such as `&nbsp;`, so every inline SVG is also well-formed XML.
public enum Markup {
    /// Escapes text for element content and for quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters other than tab and newlines are not allowed in XML.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}":
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A coordinate with at most one decimal (`12.5`, `40`), enough for a chart and
    /// independent of the locale.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    /// At most `limit` characters of `text`, and how many were left out.
    public static func excerpt(_ text: String, limit: Int) -> (text: String, omitted: Int) {
        guard limit >= 0, text.count > limit else { return (text, 0) }
        return (String(text.prefix(limit)), text.count - limit)
    }
}
