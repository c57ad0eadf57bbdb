import Testing
@testable import KitSupport

@Suite struct JSONWriterIndentTests {
    @Test func layoutMatchesPythonIndentTwo() {
        let value = JSONValue.array([
            .object([("a", .int(1)), ("b", .array([])), ("c", .object([])), ("d", .array([.string("x"), .null]))]),
        ])
        // json.dumps(v, ensure_ascii=False, indent=2)
        #expect(JSONWriter.write(value, indent: 2) == """
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
        #expect(JSONWriter.write(.string("武汉 🌟 \"q\" \\ \n\t\u{1}\u{7F}"), indent: 2) == "\"武汉 🌟 \\\"q\\\" \\\\ \\n\\t\\u0001\u{7F}\"")
    }
}
