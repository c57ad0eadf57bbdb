import SysBenchCore

/// Small pieces several rules share.
enum RuleSupport {
    /// "; did you mean 'x'?" when a known name is close, else " (expected one of: …)".
    static func hint(for value: String, among known: [String]) -> String {
        if let near = NearestName.find(value, among: known) {
            return "; did you mean '\(near)'?"
        }
        return " (expected one of: \(known.joined(separator: ", ")))"
    }

    /// Which ends of `text` hold white space, or nil when neither does. The one line
    /// break a `|` or `>` block scalar ends with does not count, so that only white
    /// space an author typed is padding. Looks at the ends only: long texts cost nothing.
    static func padding(_ text: String) -> (leading: Bool, trailing: Bool)? {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        if end > scalars.startIndex, scalars[scalars.index(before: end)] == "\n" {
            end = scalars.index(before: end)
        }
        guard end > scalars.startIndex else { return nil }
        let leading = scalars[scalars.startIndex].properties.isWhitespace
        let trailing = scalars[scalars.index(before: end)].properties.isWhitespace
        return leading || trailing ? (leading, trailing) : nil
    }

    /// `text` without white space at either end, for comparing texts.
    static func trimmed(_ text: String) -> Substring.UnicodeScalarView {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return scalars
    }

    /// Text shortened for a message: at most `limit` characters, on one line.
    static func short(_ text: String, limit: Int = 60) -> String {
        let flat = text.replacingNewlines()
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }

    /// Whether `needle` occurs in `haystack` byte for byte, in time linear in their
    /// lengths (Knuth–Morris–Pratt), so huge texts cannot make the check slow.
    static func occurs(_ needle: String, in haystack: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        var failure = [Int](repeating: 0, count: pattern.count)
        var length = 0
        for index in 1..<max(1, pattern.count) {
            while length > 0, pattern[index] != pattern[length] { length = failure[length - 1] }
            if pattern[index] == pattern[length] { length += 1 }
            failure[index] = length
        }
        var matched = 0
        for byte in haystack.utf8 {
            while matched > 0, byte != pattern[matched] { matched = failure[matched - 1] }
            if byte == pattern[matched] { matched += 1 }
            if matched == pattern.count { return true }
        }
        return false
    }

    /// The text with every run of white space turned into one space, for a hint when a
    /// quote differs from the system text only in line breaks or spacing.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    /// The text on one line: line breaks shown as spaces.
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
