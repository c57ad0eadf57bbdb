import Foundation
import KitSupport
import Testing
@testable import SysBenchCore

/// The real SysBench release: import, build, export, and nothing may change.
@Suite(.serialized) struct SysBenchRoundTripTests {
    static var available: Bool { FileManager.default.fileExists(atPath: TestFiles.sysbenchRelease) }

    @Test(.enabled(if: available, "needs ../shared/sysbench"))
    func importBuildExportKeepsEverything() throws {
        let original = try Upstream.Importer.sessions(atPath: TestFiles.sysbenchRelease)
        #expect(original.count == 500)
        let folder = try TestFiles.scratch()
        let imported = Upstream.Importer.convert(original)
        #expect(imported.notes.filter { $0.contains("scene") }.count == 3)
        try Upstream.Importer.write(imported, to: folder + "/dataset", force: false)

        var builder = ReleaseBuilder(datasetPath: folder + "/dataset", outputPath: folder + "/build")
        let manifest = try builder.build()
        #expect(manifest.counts.records == 500)
        #expect(manifest.counts.turns == 2500)
        #expect(manifest.counts.checklistItems == 5952)

        let records = try RecordSource.jsonl(folder + "/build/sysbench.jsonl")
        let config = try RecordSource.dataset(folder + "/dataset").config
        let labels = Dictionary(uniqueKeysWithValues: (config?.domains ?? []).map { ($0.id, $0.zhLabel) })
        let exported = try Upstream.Exporter.sessions(records, domainLabels: labels).sessions

        #expect(exported.count == original.count)
        for (before, after) in zip(original, exported) {
            #expect(after.systemID == before.systemID)
            #expect(after.systemPrompt == before.systemPrompt, "system message of \(before.systemID)")
            #expect(after.domainLabel == before.domainLabel)
            #expect(after.scene == before.scene)
            #expect(after.roundsRelated == before.roundsRelated)
            #expect(after.turns.count == before.turns.count)
            for (turnBefore, turnAfter) in zip(before.turns, after.turns) {
                #expect(turnAfter.user == turnBefore.user)
                #expect(turnAfter.assistant == turnBefore.assistant)
                #expect(turnAfter.alignment == turnBefore.alignment)
                #expect(turnAfter.criteria == turnBefore.criteria)
            }
        }
        // And the file itself: byte for byte.
        let text = Upstream.Exporter.text(exported)
        let originalBytes = try FileReader.bytes(atPath: TestFiles.sysbenchRelease)
        #expect(Array(text.utf8) == originalBytes)
    }

    @Test(.enabled(if: available, "needs ../shared/sysbench"))
    func importedCasesReadBackAsTheSameRecords() throws {
        let imported = Upstream.Importer.convert(try Upstream.Importer.sessions(atPath: TestFiles.sysbenchRelease))
        let folder = try TestFiles.scratch()
        try Upstream.Importer.write(imported, to: folder, force: false)
        let reread = try RecordSource.dataset(folder).records
        // Records come back in id order; the import is in system_id order, which is the same.
        #expect(reread.count == imported.records.count)
        for (made, read) in zip(imported.records, reread) {
            var expected = made
            expected.language = "zh"
            #expect(read == expected, "\(made.id)")
        }
    }

    @Test func importRefusesANonEmptyFolderWithoutForce() throws {
        let folder = try TestFiles.scratch()
        try TestFiles.write("keep", to: folder + "/notes.txt")
        let empty = Upstream.Import(records: [], config: DatasetConfig(name: "x", version: "1", domains: []), notes: [])
        #expect(throws: Upstream.Importer.Failure.self) { try Upstream.Importer.write(empty, to: folder, force: false) }
        try Upstream.Importer.write(empty, to: folder, force: true)
        #expect(try TestFiles.read(folder + "/notes.txt") == "keep")
    }

    @Test func unknownDomainLabelsGetANewSlugAndANote() {
        let session = Upstream.Session(
            systemID: 7, domainLabel: "航天", scene: nil, roundsRelated: true, systemPrompt: "s",
            turns: [
                .init(user: "a", assistant: "ref", alignment: .aligned, criteria: [.init(id: 1, content: "c", type: .role)]),
                .init(user: "b", assistant: "", alignment: .misaligned, criteria: [.init(id: 1, content: "d", type: .action)]),
            ])
        let result = Upstream.Importer.convert([session])
        #expect(result.records[0].id == "sysbench-007")
        #expect(result.records[0].domain == "domain-1")
        #expect(result.config.domains == [Domain(id: "domain-1", zhLabel: "航天")])
        #expect(result.records[0].turns.map(\.dependsOn) == [[], ["t1"]])
        #expect(result.records[0].turns.map(\.reference) == ["ref", nil])
        #expect(result.notes.count == 2)
    }

    @Test func exportRefusesTwoTurnsWithTheSameUserText() {
        let turn = ReleaseRecord.Turn(id: "t1", user: "same", alignment: .aligned, checklist: [])
        var second = turn
        second.id = "t2"
        let record = ReleaseRecord(id: "c", domain: "travel", mode: .parallel, systemText: "s", turns: [turn, second])
        #expect(throws: Upstream.Exporter.Failure.self) { try Upstream.Exporter.sessions([record], domainLabels: [:]) }
    }
}
