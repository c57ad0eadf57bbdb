@testable import SysBenchLint
import Testing

private func excerpt(_ text: String, _ line: Int, _ column: Int) -> String {
    var cursor = SourceExcerpt.Cursor()
    guard let result = SourceExcerpt.make(Array(text.utf8), line: line, column: column, cursor: &cursor) else { return "nil" }
    return result.line + "\n" + result.caret
}

@Suite struct SourceExcerptTests {
    @Test func binaryLinesAreNotEchoed() {
        var cursor = SourceExcerpt.Cursor()
        let binary: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x0A]
        #expect(SourceExcerpt.make(binary, line: 1, column: 8, cursor: &cursor) == nil)
        cursor = SourceExcerpt.Cursor()
        let controls: [UInt8] = [0x61, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x0A]
        #expect(SourceExcerpt.make(controls, line: 1, column: 2, cursor: &cursor) == nil)
        // One stray byte in a line of text is still shown.
        #expect(excerpt("scene: caf\u{1}e here\n", 1, 11) == "scene: caf\u{FFFD}e here\n          ^")
    }

    @Test func plainLine() {
        #expect(excerpt("a: 1\nbb: 2\n", 2, 5) == "bb: 2\n    ^")
    }

    @Test func tabsExpandToStopsOfFour() {
        #expect(excerpt("\tkey:\tvalue\n", 1, 7) == "    key:    value\n            ^")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(excerpt("场景: 旅游信息\n", 1, 5) == "场景: 旅游信息\n      ^")
    }

    @Test func combiningMarksTakeNone() {
        #expect(excerpt("e\u{301}x: y\n", 1, 3) == "e\u{301}x: y\n ^")
    }

    @Test func longLinesAreCutAroundTheColumn() {
        let line = String(repeating: "a", count: 1000) + "X" + String(repeating: "b", count: 1000)
        let expected = "…" + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 59) + "…\n"
            + String(repeating: " ", count: 61) + "^"
        #expect(excerpt(line, 1, 1001) == expected)
    }

    @Test func carriageReturnsAreDropped() {
        #expect(excerpt("a: 1\r\nb: 2\r\n", 2, 1) == "b: 2\n^")
    }

    @Test func missingLineGivesNothing() {
        #expect(excerpt("a: 1\n", 5, 1) == "nil")
    }

    @Test func cursorMovesForwardAndRestarts() {
        let source = Array("l1\nl2\nl3\n".utf8)
        var cursor = SourceExcerpt.Cursor()
        #expect(SourceExcerpt.make(source, line: 3, column: 1, cursor: &cursor)?.line == "l3")
        #expect(SourceExcerpt.make(source, line: 1, column: 1, cursor: &cursor)?.line == "l1")
    }
}
