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

    /// What is at the ends of `text` when it is padding: white space or an invisible
    /// format character (such as U+200C or U+FEFF, which copy and paste leave behind),
    /// or nil when neither end is. The line break a `|` or `>` block scalar ends with
    /// counts: YAML keeps it in the text, and so does the release. Looks at the ends
    /// only: long texts cost nothing.
    static func padding(_ text: String) -> (leading: Unicode.Scalar?, trailing: Unicode.Scalar?)? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return nil }
        let leading = isBlank(first) ? first : nil
        let trailing = isBlank(last) ? last : nil
        return leading == nil && trailing == nil ? nil : (leading, trailing)
    }

    /// White space, or a character that shows nothing (general category Cf).
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if isPlainText(scalar) { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }

    /// Unicode white space (the `White_Space` property), looked up only outside the
    /// ranges `isPlainText` covers.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if isPlainText(scalar) { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// ASCII and U+3001…U+9FFF (CJK punctuation, kana, CJK ideographs): ranges whose only
    /// white space is ASCII's and which hold no format character, so the Unicode
    /// property tables (a large share of the linter's time) need not be consulted for
    /// them. A test checks this against the tables for every scalar.
    static func isPlainText(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 || (0x3001...0x9FFF).contains(scalar.value)
    }

    /// How a padding character is named in messages.
    static func describePadding(_ scalar: Unicode.Scalar) -> String {
        if scalar == "\n" || scalar == "\r" { return "a line break" }
        if scalar.properties.isWhitespace { return "white space" }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "an invisible character (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
    }

    /// `text` without white space or invisible characters at either end, for comparing texts.
    static func trimmed(_ text: String) -> Substring.UnicodeScalarView {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
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
        // By Unicode scalar: splitting into Characters (grapheme clusters) made this
        // rule a tenth of `build`'s time on the SysBench corpus.
        if isCollapsed(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// True when collapsing would change nothing: no white space but single spaces
    /// between words. Most texts are like this, and checking costs no allocation.
    private static func isCollapsed(_ text: String) -> Bool {
        var previousWasSpace = true
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if isWhitespace(scalar) {
                return false
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || text.isEmpty
    }
}

extension String {
    /// The text on one line: line breaks shown as spaces.
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
