import Foundation
import KitSupport
import Testing
@testable import SysBenchCore
import YAMLSource

@Suite struct ReleaseBuilderTests {
    static let golden = TestFiles.packageRoot + "/Tests/Golden/release"

    @Test func buildMatchesTheGoldenFilesByteForByte() throws {
        let out = try TestFiles.scratch()
        var builder = ReleaseBuilder(datasetPath: Self.golden + "/dataset", outputPath: out)
        let manifest = try builder.build()
        #expect(try TestFiles.read(out + "/sysbench.jsonl") == TestFiles.read(Self.golden + "/expected/sysbench.jsonl"))
        #expect(try TestFiles.read(out + "/manifest.json") == TestFiles.read(Self.golden + "/expected/manifest.json"))
        #expect(manifest.counts.records == 3)
    }

    @Test func recordsFollowIdOrderNotFileNameOrder() throws {
        let out = try TestFiles.scratch()
        var builder = ReleaseBuilder(datasetPath: Self.golden + "/dataset", outputPath: out)
        _ = try builder.build()
        let ids = try TestFiles.read(out + "/sysbench.jsonl").split(separator: "\n").map { line in
            try ReleaseRecord(json: JSONParser.parse(String(line))).id
        }
        #expect(ids == ["a", "a-b", "wuhan-travel"])
    }

    @Test func identicalInputGivesIdenticalBytesFromAnotherFolder() throws {
        // Same dataset copied elsewhere: no absolute path or time may leak into the output.
        let copy = try TestFiles.scratch() + "/elsewhere"
        try FileManager.default.copyItem(atPath: Self.golden + "/dataset", toPath: copy)
        let first = try TestFiles.scratch()
        let second = try TestFiles.scratch()
        var one = ReleaseBuilder(datasetPath: Self.golden + "/dataset", outputPath: first)
        var two = ReleaseBuilder(datasetPath: copy, outputPath: second)
        _ = try one.build()
        _ = try two.build()
        for name in ["sysbench.jsonl", "manifest.json"] {
            #expect(try TestFiles.read(first + "/" + name) == TestFiles.read(second + "/" + name))
        }
    }

    @Test func aRefusedBuildLeavesThePreviousReleaseAndNoTemporaryFile() throws {
        let out = try TestFiles.scratch()
        var builder = ReleaseBuilder(datasetPath: Self.golden + "/dataset", outputPath: out)
        _ = try builder.build()
        let before = try TestFiles.read(out + "/sysbench.jsonl")
        struct Refuse: CaseValidator, CaseInspector {
            func inspector(config: DatasetConfig, files: PathList) -> Refuse { self }
            func inspect(path: String, bytes: [UInt8], loaded: Result<Node, YAMLLoadError>, decoded: Case?) -> Bool {
                path.hasSuffix("wuhan-travel.yaml")
            }
            func check(path: String, findings: Bool) -> Int { findings ? 1 : 0 }
            func finish() -> Int { 0 }
        }
        var refused = ReleaseBuilder(datasetPath: Self.golden + "/dataset", outputPath: out, validator: Refuse())
        #expect(throws: ReleaseBuildError.self) { try refused.build() }
        #expect(try TestFiles.read(out + "/sysbench.jsonl") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["manifest.json", "sysbench.jsonl"])
    }

    @Test func aCaseMissingWhatARecordNeedsIsNamedWhenNotLinted() throws {
        let dataset = try TestFiles.scratch()
        try TestFiles.write("name: d\nversion: '1'\ndomains:\n  x: {zh: X}\n", to: dataset + "/dataset.yaml")
        try TestFiles.write("id: bad\ndomain: x\nmode: parallel\nturns: []\n", to: dataset + "/cases/bad.yaml")
        var builder = ReleaseBuilder(datasetPath: dataset, outputPath: dataset + "/out")
        #expect {
            try builder.build()
        } throws: { error in
            "\(error)".contains("bad.yaml") && "\(error)".contains("system")
        }
    }

    @Test func duplicateIdsAreRefused() throws {
        let dataset = try TestFiles.scratch()
        try TestFiles.write("name: d\nversion: '1'\ndomains:\n  x: {zh: X}\n", to: dataset + "/dataset.yaml")
        let body = "domain: x\nmode: parallel\nsystem: {text: s}\nturns:\n  - {id: t1, user: u, alignment: aligned, checklist: [{type: content, text: c}]}\n"
        try TestFiles.write("id: same\n" + body, to: dataset + "/cases/one.yaml")
        try TestFiles.write("id: same\n" + body, to: dataset + "/cases/two.yaml")
        var builder = ReleaseBuilder(datasetPath: dataset, outputPath: dataset + "/out")
        #expect(throws: ReleaseBuildError.self) { try builder.build() }
        #expect(!FileManager.default.fileExists(atPath: dataset + "/out/sysbench.jsonl"))
    }
}
