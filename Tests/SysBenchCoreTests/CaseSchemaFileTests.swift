import CaseSchemaFile
import Foundation
import SysBenchCore
import Testing

/// The schema a dataset receives is the repository's one copy, byte for byte
/// (issue 13, item 4), and the case files' modeline points at where it is written.
@Suite struct CaseSchemaFileTests {
    @Test func embeddedSchemaEqualsTheRepositoryFile() throws {
        let file = try Data(contentsOf: URL(fileURLWithPath: TestFiles.packageRoot + "/schemas/case.schema.json"))
        #expect(CaseSchemaFile.bytes == [UInt8](file))
    }

    @Test func modelineResolvesFromCasesToTheDatasetCopy() throws {
        #expect(CaseYAMLWriter.modeline == "# yaml-language-server: $schema=../schema/case.schema.json\n")
        let dataset = try TestFiles.scratch()
        try FileManager.default.createDirectory(atPath: dataset + "/cases", withIntermediateDirectories: true)
        #expect(try DatasetScaffold.writeSchema(into: dataset))
        #expect(try DatasetScaffold.writeSchema(into: dataset) == false, "same bytes: not rewritten")
        let written = try Data(contentsOf: URL(fileURLWithPath: dataset + "/cases/../schema/case.schema.json"))
        #expect([UInt8](written) == CaseSchemaFile.bytes)
    }

    @Test func initWritesAConfigTheLoaderAcceptsWithTheSysBenchDefaults() throws {
        let text = DatasetScaffold.configText(name: "my bench", language: "zh")
        let loaded = try DatasetConfigLoader.load(bytes: Array(text.utf8), path: "dataset.yaml")
        #expect(loaded.problems.isEmpty, "\(loaded.problems.map(\.message))")
        #expect(loaded.config.name == "my bench")
        #expect(loaded.config.language == "zh")
        #expect(loaded.config.turnsPerCase == 5)
        #expect(loaded.config.domains == Domain.sysbench)
        #expect(text.contains("parallel") && text.contains("dependent"), "both modes are explained")
    }
}
