import Testing
@testable import KitSupport

@Suite struct IndentedJSONWriterTests {
    @Test func layoutMatchesPythonIndentTwo() {
        let value = JSONValue.array([
            .object([("a", .int(1)), ("b", .array([])), ("c", .object([])), ("d", .array([.string("x"), .null]))]),
        ])
        // json.dumps(v, ensure_ascii=False, indent=2)
        #expect(IndentedJSONWriter.text(value) == """
            [
              {
                "a": 1,
                "b": [],
                "c": {},
                "d": [
                  "x",
                  null
                ]
              }
            ]
            """)
    }

    @Test func stringsAreWrittenAsPythonWritesThemWithEnsureAsciiOff() {
        #expect(IndentedJSONWriter.text(.string("武汉 🌟 \"q\" \\ \n\t\u{1}\u{7F}")) == "\"武汉 🌟 \\\"q\\\" \\\\ \\n\\t\\u0001\u{7F}\"")
    }
}
