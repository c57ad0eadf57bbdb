import KitSupport
import Testing
@testable import SysBenchCore

@Suite struct CheckJSONTests {
    @Test func writesTheKindFirstAndBoundsInAFixedOrder() {
        let check = Check.count(.han, CountBounds(lessThan: 9, atLeast: 2))
        #expect(check.json.compactText == #"{"count":"han","at_least":2,"less_than":9}"#)
        #expect(check.flowText == "{count: han, at_least: 2, less_than: 9}")
        #expect(Check.contains(["a\"b", "你"]).json.compactText == #"{"contains":["a\"b","你"]}"#)
        #expect(Check.contains(["a\"b", "你"]).flowText == #"{contains: ["a\"b", "你"]}"#)
        #expect(Check.json.json.compactText == #"{"json":true}"#)
    }

    @Test func readsBackWhatItWrites() throws {
        let checks: [Check] = [
            .count(.chars, CountBounds(lessThan: 400)), .count(.bullets, CountBounds(equals: 3)),
            .contains(["a"]), .containsAny(["b", "c"]), .excludes(["d"]),
            .startsWith("e"), .endsWith("f"), .matches("g+"), .json,
        ]
        for check in checks {
            #expect(try Check(json: check.json) == check)
        }
    }

    @Test func refusesMalformedRecords() throws {
        let bad = [#"{"count":"chars"}"#, #"{"count":"chars","less_than":-1}"#, #"{"contains":[]}"#,
                   #"{"json":true,"matches":"a"}"#, #"{"starts_with":"a","less_than":1}"#, #"{"json":false}"#]
        for text in bad {
            #expect(throws: RecordError.self, "\(text)") { try Check(json: try JSONParser.parse(text)) }
        }
    }

    @Test func refusesThePatternsACaseFileCannotHold() throws {
        // Found writing fuzz-check, which reads a check both ways: a hand-made record took a
        // pattern `CheckDecoder` refuses in a case file.
        for text in [#"{"matches":"(a+)+$"}"#, #"{"matches":"\#(String(repeating: "a", count: 1_001))"}"#] {
            #expect(throws: RecordError.self, "\(text)") { try Check(json: try JSONParser.parse(text)) }
        }
        #expect(try Check(json: try JSONParser.parse(#"{"matches":"(a|b)+$"}"#)) == .matches("(a|b)+$"))
    }
}
