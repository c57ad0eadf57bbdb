import Testing
import YAMLSource
@testable import SysBenchCore

/// The YAML writers behind `import` (CaseYAMLWriter, DatasetYAMLWriter) and `new`
/// (CaseScaffold): what they write reads back as what was written.
@Suite struct AuthoringWritersTests {
    static let awkward = ReleaseRecord(
        id: "wuhan-night", systemID: 42, language: "zh", domain: "travel", scene: "武汉\n夜: \"quoted\" # not a comment",
        mode: .dependent, systemText: "tab\there, colon: yes\n  indented line\n- not a list",
        constraints: [.init(id: "c1", type: .content, quote: "q: 1", note: "n"), .init(id: "c2", type: .style)],
        turns: [
            .init(id: "t1", user: "yes", alignment: .aligned, checklist: [], reference: "null"),
            .init(id: "t2", user: "", alignment: .misaligned, dependsOn: ["t1"],
                  checklist: [.init(id: 1, type: .content, text: "x", constraint: "c1"), .init(id: 2, type: .style, text: "'y'")]),
        ])

    func reread(_ text: String, defaultLanguage: String?) throws -> ReleaseRecord {
        try ReleaseRecord(case: CaseDecoder.decode(YAMLParser.parse(Array(text.utf8))), defaultLanguage: defaultLanguage)
    }

    @Test(arguments: [nil, "zh", "en"])
    func caseFilesReadBackAsTheRecord(defaultLanguage: String?) throws {
        let text = try CaseYAMLWriter.text(Self.awkward, defaultLanguage: defaultLanguage)
        #expect(try reread(text, defaultLanguage: defaultLanguage) == Self.awkward)
    }

    @Test func theDatasetDescriptionReadsBack() throws {
        let config = DatasetConfig(
            name: "sysbench: zh", version: "1.0", language: "zh", turnsPerCase: 5,
            domains: [Domain(id: "travel", zhLabel: "旅游"), Domain(id: "other", zhLabel: "其他")])
        let text = try DatasetYAMLWriter.text(config, header: "First line.\nSecond: line.")
        #expect(text.hasPrefix("# First line.\n# Second: line.\n"))
        let loaded = try DatasetConfigLoader.load(bytes: Array(text.utf8), path: "dataset.yaml")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.config.name == "sysbench: zh" && loaded.config.version == "1.0")
        #expect(loaded.config.language == "zh" && loaded.config.turnsPerCase == 5)
        #expect(loaded.config.domains.map(\.id) == ["travel", "other"])
        #expect(loaded.config.domains.map(\.zhLabel) == ["旅游", "其他"])
    }

    @Test func theScaffoldParsesWithTheRequestedShape() throws {
        let text = CaseScaffold.text(id: "lisbon-guide", mode: .dependent, turns: 3, language: "en", domains: ["travel"])
        let decoded = try CaseDecoder.decode(YAMLParser.parse(Array(text.utf8)))
        #expect(decoded.id?.value == "lisbon-guide")
        #expect(decoded.turns.count == 3)
        #expect(decoded.mode?.value == "dependent")
    }
}
