/// The counts and text views that checks read (CHECKS.md, Units). All of them work on
/// Unicode scalars, never on grapheme clusters, so a count agrees with Python's `len`.
public enum TextMeasure {
    /// Whether `scalar` is one of the scalars a blank line may hold: space, tab, CR,
    /// U+3000 (ideographic space) and U+00A0 (no-break space).
    public static func isBlankScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0D, 0x3000, 0xA0: true
        default: false
        }
    }

    /// Whether `line` is made only of blank scalars (an empty line is blank).
    public static func isBlank(_ line: Substring.UnicodeScalarView) -> Bool {
        line.allSatisfy(isBlankScalar)
    }

    /// The text with blank scalars and LF removed from both ends.
    public static func trimmed(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        func trims(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || isBlankScalar(scalar) }
        guard let first = scalars.firstIndex(where: { !trims($0) }),
              let last = scalars.lastIndex(where: { !trims($0) })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }

    /// The text's lines: CR LF turned into LF, then split on LF (a final LF ends the last
    /// line and opens an empty one, which is blank and so never counted).
    public static func lines(_ text: String) -> [Substring.UnicodeScalarView] {
        var lines: [Substring.UnicodeScalarView] = []
        let scalars = Substring(text).unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            if scalars[index] == "\n" {
                var end = index
                // The CR of a CR LF belongs to the line break, not to the line.
                if end > start, scalars[scalars.index(before: end)] == "\r" { end = scalars.index(before: end) }
                lines.append(scalars[start..<end])
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        lines.append(scalars[start...])
        return lines
    }

    /// Measures `unit` in `text`.
    public static func count(_ unit: CountUnit, in text: String) -> Int {
        switch unit {
        case .chars: return text.unicodeScalars.count
        case .han: return text.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FA5).contains($1.value) ? 1 : 0) }
        case .words: return words(text)
        case .lines: return lines(text).reduce(0) { $0 + (isBlank($1) ? 0 : 1) }
        case .paragraphs: return paragraphs(text)
        case .bullets: return lines(text).reduce(0) { $0 + (isBullet($1) ? 1 : 0) }
        }
    }

    /// Whether a scalar belongs to a word: a letter, mark, number or connector punctuation.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation:
            true
        default:
            false
        }
    }

    private static func words(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let word = isWordScalar(scalar)
            if word, !inWord { count += 1 }
            inWord = word
        }
        return count
    }

    private static func paragraphs(_ text: String) -> Int {
        var count = 0
        var inParagraph = false
        for line in lines(text) {
            let blank = isBlank(line)
            if !blank, !inParagraph { count += 1 }
            inParagraph = !blank
        }
        return count
    }

    /// Whether a line, after leading spaces and tabs, begins with `- `, `* `, `+ `, `• `,
    /// or ASCII digits followed by `. ` or `) `.
    static func isBullet(_ line: Substring.UnicodeScalarView) -> Bool {
        var rest = line.drop { $0 == " " || $0 == "\t" }[...]
        guard let first = rest.first else { return false }
        if first == "-" || first == "*" || first == "+" || first == "•" {
            rest = rest.dropFirst()
            return rest.first == " "
        }
        let digits = rest.prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty else { return false }
        rest = rest.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return false }
        return rest.dropFirst().first == " "
    }
}
