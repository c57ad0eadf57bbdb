import KitSupport
import Testing
@testable import SysBenchCore
import YAMLSource

/// `check:` and `verify:` from a case file, through the record, to its JSON and back.
@Suite struct ChecklistItemCheckTests {
    private func record(_ items: String) throws -> ReleaseRecord {
        let yaml = """
            id: c
            domain: travel
            mode: parallel
            system: {text: s}
            turns:
              - id: t1
                user: u
                alignment: aligned
                checklist:
            \(items)
            """
        return try ReleaseRecord(case: CaseDecoder.decode(YAMLParser.parse(yaml)), defaultLanguage: nil)
    }

    @Test func readsCheckAndVerifyWithTheirDefaults() throws {
        let made = try record("""
                  - {type: format, text: a, check: {count: chars, less_than: 400}, verify: check}
                  - {type: format, text: b, check: {count: bullets, equals: 3}}
                  - {type: content, text: c}
                  - {type: content, text: d, check: {contains: [x]}, verify: judge}
            """)
        let items = made.turns[0].checklist
        #expect(items[0].check == .count(.chars, CountBounds(lessThan: 400)))
        #expect(items.map(\.verify) == [.check, .both, .judge, .judge])
        #expect(items[2].check == nil)
    }

    @Test func writesCheckAndVerifyAfterTheConstraint() throws {
        let made = try record("""
                  - {type: format, text: a, check: {count: han, at_most: 9, more_than: 1}, verify: check}
                  - {type: content, text: c}
                  - {type: content, text: d, verify: both}
            """)
        let line = made.json.compactText
        #expect(line.contains(#"{"id":1,"type":"format","text":"a","check":{"count":"han","more_than":1,"at_most":9},"verify":"check"}"#))
        #expect(line.contains(#"{"id":2,"type":"content","text":"c"}"#))
        #expect(line.contains(#"{"id":3,"type":"content","text":"d","verify":"both"}"#))
        var bytes: [UInt8] = []
        made.writeJSON(into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == line)
        #expect(try ReleaseRecord(json: JSONParser.parse(line)) == made)
    }

    @Test func refusesAnInvalidCheckWithTheItemNamed() throws {
        #expect(throws: RecordError("c: checklist item 1: 'verify: check' without a check")) {
            try record("      - {type: content, text: a, verify: check}")
        }
        #expect(throws: RecordError("c: checklist item 1: 'equals' stands alone; it cannot go with 'less_than'")) {
            try record("      - {type: content, text: a, check: {count: words, equals: 1, less_than: 3}}")
        }
    }

    @Test func roundTripsThroughTheCaseWriter() throws {
        let made = try record("""
                  - {type: format, text: a, check: {count: words, at_least: 2, at_most: 9}}
                  - {type: format, text: b, check: {contains_any: ["yes", "null", "热干面"]}, verify: check}
                  - {type: format, text: c, check: {matches: "^\\\\d+: (a|b)$"}}
                  - {type: format, text: d, check: {json: true}, verify: judge}
                  - {type: format, text: e, check: {ends_with: "？"}}
            """)
        let yaml = try CaseYAMLWriter.text(made, defaultLanguage: nil)
        #expect(yaml.contains("check: {count: words, at_least: 2, at_most: 9}"))
        let reread = try ReleaseRecord(case: CaseDecoder.decode(YAMLParser.parse(yaml)), defaultLanguage: nil)
        #expect(reread == made)
    }
}
