import Foundation
import Testing

/// `init` starts a dataset that lints, builds and resolves its schema line (issue 13, item 4).
@Suite struct InitCommandTests {
    @Test func writesADatasetWhoseCasesPointAtItsOwnSchema() throws {
        let root = try CLI.scratch()
        let made = try CLI.run(["init", "mybench", "--language", "zh"], in: root)
        #expect(made.status == 0, "\(made.stderr)")
        let dataset = root + "/mybench"
        for file in ["dataset.yaml", "README.md", "schema/case.schema.json"] {
            #expect(FileManager.default.fileExists(atPath: dataset + "/" + file), "\(file)")
        }
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: dataset + "/cases", isDirectory: &isFolder) && isFolder.boolValue)
        let config = try CLI.read(dataset + "/dataset.yaml")
        #expect(config.contains("\nlanguage: zh\n") && config.contains("\nturns_per_case: 5\n"))
        #expect(config.contains("  finance:") && config.contains("{zh: 其他}"))
        let schema = try Data(contentsOf: URL(fileURLWithPath: dataset + "/schema/case.schema.json"))
        #expect(schema == (try Data(contentsOf: URL(fileURLWithPath: CLI.packageRoot + "/schemas/case.schema.json"))))

        // A fresh dataset is lint-clean, and a new case's schema line resolves in it.
        let lint = try CLI.run(["lint", "mybench"], in: root)
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(try CLI.run(["new", "tea-shop", "--dataset", "mybench"], in: root).status == 0)
        let firstLine = try CLI.read(dataset + "/cases/tea-shop.yaml").split(separator: "\n")[0]
        let target = String(firstLine.split(separator: "=", maxSplits: 1)[1])
        #expect(FileManager.default.fileExists(atPath: dataset + "/cases/" + target), "\(firstLine)")
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let root = try CLI.scratch()
        try FileManager.default.createDirectory(atPath: root + "/full", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/full/notes.txt"))
        let result = try CLI.run(["init", "full"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr == "full: error: folder is not empty; init writes a new dataset only into a missing or empty folder\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/full/dataset.yaml"))
    }

    @Test func importWritesTheSchemaItsCasesPointAt() throws {
        let root = try CLI.scratch()
        let exported = try CLI.run(["export", "sysbench", CLI.packageRoot + "/dataset", "--out", "release.json"], in: root)
        #expect(exported.status == 0, "\(exported.stderr)")
        let result = try CLI.run(["import", "sysbench", "release.json", "--out", "ds"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let cases = try FileManager.default.contentsOfDirectory(atPath: root + "/ds/cases").sorted()
        let text = try CLI.read(root + "/ds/cases/" + (cases.first ?? ""))
        #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/case.schema.json\n"))
        #expect(FileManager.default.fileExists(atPath: root + "/ds/schema/case.schema.json"))
    }
}
