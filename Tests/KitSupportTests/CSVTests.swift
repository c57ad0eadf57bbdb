import Testing
@testable import KitSupport

@Suite struct CSVTests {
    @Test func quotesOnlyWhatNeedsIt() {
        #expect(CSV.line(["a", "b,c", "say \"hi\"", "two\nlines", "不适用"]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",不适用\r\n")
    }

    @Test func parsesQuotedFieldsLineBreaksAndTheByteOrderMark() throws {
        let text = "\u{FEFF}a,b\r\n\"x,1\",\"line\r\nbreak\"\n\n\"q\"\"q\",\r\nlast,\"\""
        let records = try CSV.parse(text)
        #expect(records.map(\.fields) == [["a", "b"], ["x,1", "line\r\nbreak"], ["q\"q", ""], ["last", ""]])
        #expect(records.map(\.line) == [1, 2, 5, 6])
    }

    @Test func roundTripsWhatItWrites() throws {
        let rows = [["case", "text"], ["c,1", "他说：\"好\"\n然后"], ["", " spaced "]]
        let text = rows.map { CSV.line($0) }.joined()
        #expect(try CSV.parse(text).map(\.fields) == rows)
    }

    @Test func unclosedQuoteIsAnError() {
        #expect(throws: CSV.Failure(line: 2, message: "a quoted field is not closed")) {
            try CSV.parse("a\n\"open,\nmore")
        }
        #expect(throws: CSV.Failure(line: 1, message: "text after the closing quote of a field")) {
            try CSV.parse("\"a\"b")
        }
    }
}
