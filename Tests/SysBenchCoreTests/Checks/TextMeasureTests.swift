import Testing
@testable import SysBenchCore

@Suite struct TextMeasureTests {
    @Test func charsCountUnicodeScalars() {
        #expect(TextMeasure.count(.chars, in: "") == 0)
        #expect(TextMeasure.count(.chars, in: "abc") == 3)
        // 你好， = 3 scalars; CR LF is two scalars (one Character); é decomposed is two.
        #expect(TextMeasure.count(.chars, in: "你好，") == 3)
        #expect(TextMeasure.count(.chars, in: "a\r\nb") == 4)
        #expect(TextMeasure.count(.chars, in: "e\u{301}") == 2)
        #expect(TextMeasure.count(.chars, in: "👍🏽") == 2)
    }

    @Test func hanCountsOnlyTheSysBenchRange() {
        // 回答很好 = 4 Han; "，" U+FF0C, "2" and "a" are not; U+9FA6 and U+3400 are outside.
        #expect(TextMeasure.count(.han, in: "回答很好，2a") == 4)
        #expect(TextMeasure.count(.han, in: "\u{4E00}\u{9FA5}\u{9FA6}\u{3400}") == 2)
        #expect(TextMeasure.count(.han, in: "") == 0)
    }

    @Test func wordsAreRunsOfLettersMarksNumbersAndConnectors() {
        #expect(TextMeasure.count(.words, in: "") == 0)
        #expect(TextMeasure.count(.words, in: "Hello, world!") == 2)
        // snake_case is one word (Pc); "don't" is two (the apostrophe is Po); 3.14 is two.
        #expect(TextMeasure.count(.words, in: "snake_case don't 3.14") == 5)
        // A run of Han characters is one word; the full-width comma splits.
        #expect(TextMeasure.count(.words, in: "你好世界，再见") == 2)
        // A combining mark stays inside its word.
        #expect(TextMeasure.count(.words, in: "cafe\u{301} au lait") == 3)
        #expect(TextMeasure.count(.words, in: "  \n\t ") == 0)
    }

    @Test func linesSkipBlankOnes() {
        #expect(TextMeasure.count(.lines, in: "") == 0)
        #expect(TextMeasure.count(.lines, in: "one") == 1)
        #expect(TextMeasure.count(.lines, in: "one\ntwo\n") == 2)
        // CR LF: three lines, the middle one blank (space, U+3000, U+00A0, tab).
        #expect(TextMeasure.count(.lines, in: "a\r\n \u{3000}\u{A0}\t\r\nb") == 2)
        // A line with only a CR is blank too.
        #expect(TextMeasure.count(.lines, in: "a\n\r\nb") == 2)
    }

    @Test func paragraphsAreGroupsOfNonBlankLines() {
        #expect(TextMeasure.count(.paragraphs, in: "") == 0)
        #expect(TextMeasure.count(.paragraphs, in: "a\nb") == 1)
        #expect(TextMeasure.count(.paragraphs, in: "第一段。\r\n\r\n第二段。\n \n\n第三段\n第三段续") == 3)
        #expect(TextMeasure.count(.paragraphs, in: "\n\na\n") == 1)
    }

    @Test func bulletsNeedAMarkerAndASpace() {
        let text = """
            - one
              * two
            \t+ three
            • four
            12. five
            3) six
            -no space
            1.no space
            a. letter
            ** bold**
            -
            """
        #expect(TextMeasure.count(.bullets, in: text) == 6)
        #expect(TextMeasure.count(.bullets, in: "- a\r\n- b\r\n") == 2)
        #expect(TextMeasure.count(.bullets, in: "") == 0)
        // A full-width digit is not an ASCII digit.
        #expect(TextMeasure.count(.bullets, in: "１. a") == 0)
    }

    @Test func trimmingRemovesBlankScalarsAndLineFeeds() {
        #expect(TextMeasure.trimmed(" \u{3000}\r\n x y \u{A0}\n") == "x y")
        #expect(TextMeasure.trimmed("\n \t") == "")
        #expect(TextMeasure.trimmed("") == "")
        // Other white space (U+2003 em space) is kept.
        #expect(TextMeasure.trimmed("\u{2003}x") == "\u{2003}x")
    }
}
