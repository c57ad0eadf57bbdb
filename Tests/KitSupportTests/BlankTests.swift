import KitSupport
import Testing

@Suite struct BlankTests {
    @Test func blankMeansEmptyOrWhiteSpaceOnlyWhateverTheFirstByte() {
        // Blank: nothing, ASCII white space, and white space beyond ASCII that the
        // first-byte shortcut must not decide (no-break space, ideographic space U+3000,
        // line separator U+2028, medium mathematical space U+205F).
        for text in ["", " ", "\t\n\r", "\u{00A0}", "\u{3000}\u{3000}", "\u{2028}", " \u{205F}\u{3000}"] {
            #expect(text.isBlank, "\(Array(text.unicodeScalars))")
        }
        // Not blank: ASCII text, CJK (lead byte E4 to E9), U+FEFF (a format character,
        // not white space), ideographic punctuation after U+3000 (lead byte E3), and
        // white space followed by text.
        for text in ["a", "中文", "\u{FEFF}", "\u{3001}", "\u{3000}x", "  x", "\u{00A0}中", "😀"] {
            #expect(!text.isBlank, "\(Array(text.unicodeScalars))")
        }
    }
}
