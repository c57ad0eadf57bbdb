import Testing
@testable import SysBenchCore

@Suite struct StrictJSONTests {
    @Test func acceptsEveryKindOfValue() {
        for text in ["0", "-0", "12", "-1.5e+10", "1E-2", "0.25", "true", "false", "null", "\"\"",
                     "\"a\\\"b\\\\c\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"", "\"你好\"",
                     "[]", "{}", " [1, [2, {\"a\": null}]] ", "{\"a\":1,\"b\":[true,false]}", "\r\n\t{}\n"] {
            #expect(StrictJSON.isValid(text), "\(text)")
        }
    }

    @Test func refusesWhatRFC8259Refuses() {
        for text in ["", " ", "01", "+1", ".5", "1.", "1e", "1e+", "-", "--1", "0x10", "NaN", "Infinity",
                     "True", "nul", "'a'", "\"a", "\"\\x\"", "\"\\u12\"", "\"tab\there\"",
                     "[1,]", "[,1]", "{\"a\":1,}", "{a:1}", "{\"a\"}", "{\"a\" 1}", "[1 2]", "[", "]", "{}}",
                     "1 2", "{} {}", "\u{A0}1", "\u{3000}{}", "// c\n{}"] {
            #expect(!StrictJSON.isValid(text), "\(text)")
        }
    }

    @Test func deepNestingNeitherCrashesNorFails() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(StrictJSON.isValid(text))
        #expect(!StrictJSON.isValid(String(repeating: "[", count: depth)))
    }
}
