import Testing
@testable import KitSupport

@Suite struct JSONParserTests {
    @Test func keepsKeyOrderAndTellsIntegersFromBooleans() throws {
        let value = try JSONParser.parse(#"{"b": 1, "a": true, "c": [null, 1.5, -2, "x"]}"#)
        #expect(value == .object([("b", .int(1)), ("a", .bool(true)), ("c", .array([.null, .double(1.5), .int(-2), .string("x")]))]))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONParser.parse(#""a\"\\\/\b\f\n\r\t\u00e9\ud83c\udf1f""#) == .string("a\"\\/\u{8}\u{C}\n\r\té🌟"))
    }

    @Test func roundTripsThroughTheCanonicalWriter() throws {
        let text = #"{"k":"控制\u0001字符\"","n":[1,2,{"x":false}]}"#
        #expect(try JSONParser.parse(text).compactText == text)
    }

    @Test(arguments: ["", "{", "[1,]", #"{"a" 1}"#, "tru", #""\x""#, "1 2", #""\ud800""#, "\"a\nb\""])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(deep) }
    }

    @Test func errorsCarryLineAndColumn() {
        #expect {
            try JSONParser.parse("{\n  \"a\": x\n}")
        } throws: { error in
            (error as? JSONParser.Failure).map { ($0.line, $0.column) == (2, 8) } == true
        }
    }
}
