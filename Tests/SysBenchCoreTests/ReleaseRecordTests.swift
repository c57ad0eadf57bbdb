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
}
