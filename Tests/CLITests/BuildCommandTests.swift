import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheExampleDatasetReproducibly() throws {
        let out1 = try CLI.scratch() + "/one"
        let out2 = try CLI.scratch() + "/two"
        let first = try CLI.run(["build", "dataset", "--out", out1])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("built 16 records"))
        _ = try CLI.run(["build", "dataset", "--out", out2])
        #expect(try CLI.read(out1 + "/sysbench.jsonl") == CLI.read(out2 + "/sysbench.jsonl"))
        #expect(try CLI.read(out1 + "/manifest.json") == CLI.read(out2 + "/manifest.json"))
    }

    @Test func lintErrorsRefuseTheBuildWithExitOne() throws {
        let folder = try CLI.scratch()
        try FileManager.default.copyItem(atPath: CLI.packageRoot + "/dataset", toPath: folder + "/dataset")
        let victim = folder + "/dataset/cases/lisbon-local-guide.yaml"
        let text = try CLI.read(victim).replacingOccurrences(of: "domain: travel", with: "domain: travl")
        try text.write(toFile: victim, atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", folder + "/dataset", "--out", folder + "/build"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lisbon-local-guide.yaml:5:9: error:"))
        #expect(result.stderr.contains("[domain-unknown]"))
        #expect(result.stderr.contains("nothing was built"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/build/sysbench.jsonl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/build").isEmpty)
    }

    @Test func aMissingDatasetExitsTwo() throws {
        let result = try CLI.run(["build", "/nonexistent/dataset", "--out", try CLI.scratch()])
        #expect(result.status == 2)
        #expect(result.stderr == "/nonexistent/dataset: error: no such dataset folder\n")
    }

    @Test func aFileWhereAFolderBelongsIsNamedAsSuch() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let dataset = try CLI.run(["build", folder + "/notes.txt", "--out", folder + "/out"])
        #expect(dataset.status == 2)
        #expect(dataset.stderr == "\(folder)/notes.txt: error: is a file, not a dataset folder\n")
        let out = try CLI.run(["build", CLI.packageRoot + "/dataset", "--out", folder + "/notes.txt"])
        #expect(out.status == 2)
        #expect(out.stderr.hasSuffix("\(folder)/notes.txt: error: exists and is not a folder\n"), "\(out.stderr)")
        #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "")
    }
}
