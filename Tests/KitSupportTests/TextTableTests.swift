import Testing
@testable import KitSupport

@Suite struct TextTableTests {
    @Test func wideCharactersArePaddedByColumnsNotCharacters() {
        let table = TextTable(title: "Verdicts", header: ["Verdict", "a"], rows: [
            ["other: 不适用", "3"],
            ["yes", "120"],
        ])
        // "other: 不适用" is 7 + 3 × 2 = 13 columns, so "yes" gets 10 spaces after it.
        #expect(table.text() == """
            Verdict          a
            other: 不适用    3
            yes            120

            """)
    }

    @Test func markdownEscapesPipesAndRightAlignsNumbers() {
        let table = TextTable(title: "", header: ["Model", "ISR"], rows: [["a|b", "87.1"]])
        #expect(table.markdown() == "| Model | ISR |\n| --- | ---: |\n| a\\|b | 87.1 |\n")
    }

    @Test func indentAndNoHeader() {
        let table = TextTable(title: "", header: ["x", "1"], rows: [["yy", "22"]])
        #expect(table.text(indent: "  ", showsHeader: false) == "  yy  22\n")
        #expect(table.text(indent: "  ") == "  x    1\n  yy  22\n")
    }

    @Test func displayWidthCountsWideAndCombining() {
        #expect(DisplayWidth.of("不适用") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.padded("不", to: 4) == "不  ")
    }

    @Test func countedPhrasesAgreeInNumber() {
        #expect(Counted.phrase(1, "item") == "1 item")
        #expect(Counted.phrase(0, "item") == "0 items")
        #expect(Counted.phrase(2, "turn") == "2 turns")
        #expect(Counted.phrase(2, "entry", plural: "entries") == "2 entries")
    }
}
