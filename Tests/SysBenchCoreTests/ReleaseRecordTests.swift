import KitSupport
import Testing
import YAMLSource
@testable import SysBenchCore

@Suite struct ReleaseRecordTests {
    private func record(_ yaml: String, language: String? = nil) throws -> ReleaseRecord {
        try ReleaseRecord(case: CaseDecoder.decode(YAMLParser.parse(yaml)), defaultLanguage: language)
    }

    private let minimal = """
        id: c
        domain: travel
        mode: parallel
        system:
          text: hello
        turns:
          - id: t1
            user: hi
            alignment: aligned
            checklist:
              - type: content
                text: greets
        """

    @Test func keysComeInTheDocumentedOrderWithDependsOnAlwaysPresent() throws {
        #expect(try record(minimal, language: "zh").json.compactText == """
            {"id":"c","language":"zh","domain":"travel","mode":"parallel","system":{"text":"hello"},\
            "turns":[{"id":"t1","user":"hi","alignment":"aligned","depends_on":[],"checklist":[{"id":1,"type":"content","text":"greets"}]}]}
            """)
    }

    @Test func languageIsOmittedWhenNeitherCaseNorDatasetNamesOne() throws {
        #expect(try record(minimal).language == nil)
        #expect(!(try record(minimal).json.compactText.contains("language")))
        #expect(try record("language: en\n" + minimal, language: "zh").language == "en")
    }

    @Test func emptyOptionalTextCountsAsAbsent() throws {
        let yaml = minimal.replacingOccurrences(of: "mode: parallel", with: "scene: ''\nmode: parallel")
            + "\n    reference: ''\n"
        let made = try record(yaml)
        #expect(made.scene == nil)
        #expect(made.turns[0].reference == nil)
    }

    @Test func checklistIdsArePositions() throws {
        let yaml = minimal + "\n      - type: style\n        text: politely\n"
        #expect(try record(yaml).turns[0].checklist.map(\.id) == [1, 2])
    }

    @Test func jsonReadsBackToTheSameRecord() throws {
        let made = try record(minimal.replacingOccurrences(of: "hello", with: "\"line\\nwith \\\"quotes\\\" and 🌟\""))
        #expect(try ReleaseRecord(json: JSONParser.parse(made.json.compactText)) == made)
    }

    @Test func unknownValuesAreNamed() throws {
        #expect {
            try record(minimal.replacingOccurrences(of: "type: content", with: "type: contnet"))
        } throws: { error in
            (error as? RecordError)?.message.contains("contnet") == true
        }
    }

    @Test func directBytesEqualTheWrittenTree() throws {
        let full = ReleaseRecord(
            id: "a\"b\\c", systemID: 42, language: "zh", domain: "travel", scene: "武汉\n夜",
            mode: .dependent, systemText: "tab\there \u{1}",
            constraints: [.init(id: "c1", type: .content, quote: "q", note: "n"), .init(id: "c2", type: .style)],
            turns: [
                .init(id: "t1", user: "u", alignment: .aligned, checklist: [], reference: "r"),
                .init(id: "t2", user: "", alignment: .misaligned, dependsOn: ["t1", "t0"],
                      checklist: [.init(id: 1, type: .content, text: "x", constraint: "c1"), .init(id: 2, type: .style, text: "y")]),
            ])
        let bare = ReleaseRecord(id: "b", domain: "d", mode: .parallel, systemText: "s", turns: [])
        for record in [full, bare, try record(minimal)] {
            var bytes: [UInt8] = []
            record.writeJSON(into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == record.json.compactText)
        }
    }
}
