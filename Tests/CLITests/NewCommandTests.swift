import Foundation
import Testing

@Suite struct NewCommandTests {
    private func datasetCopy() throws -> String {
        let folder = try CLI.scratch() + "/dataset"
        try FileManager.default.copyItem(atPath: CLI.packageRoot + "/dataset", toPath: folder)
        return folder
    }

    @Test(arguments: ["parallel", "dependent"])
    func aFreshScaffoldLintsWithOnlyFillThisInErrors(_ mode: String) throws {
        let dataset = try datasetCopy()
        let made = try CLI.run(["new", "my-case", "--mode", mode, "--dataset", dataset])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try CLI.read(dataset + "/cases/my-case.yaml")
        #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/case.schema.json\n"))
        // The line resolves inside the dataset: new writes the schema when it is missing.
        #expect(FileManager.default.fileExists(atPath: dataset + "/cases/../schema/case.schema.json"))
        #expect(text.components(separatedBy: "\n  - id: t").count - 1 == 5, "turns_per_case is 5")
        let lint = try CLI.run(["lint", "--format", "json", dataset + "/cases/my-case.yaml"])
        #expect(lint.status == 1)
        let errors = lint.stdout.components(separatedBy: "\"severity\":\"error\"").count - 1
        let emptyText = lint.stdout.components(separatedBy: "\"rule\":\"schema-empty-text\"").count - 1
        #expect(errors == 12, "domain, system text, 5 users, 5 checklist texts: \(lint.stdout)")
        #expect(emptyText == errors, "\(lint.stdout)")
    }

    @Test func refusesToOverwrite() throws {
        let dataset = try datasetCopy()
        let result = try CLI.run(["new", "lisbon-local-guide", "--dataset", dataset])
        #expect(result.status == 2)
        #expect(result.stderr.contains("already exists"))
    }

    @Test func turnsAndLanguageAreHonoured() throws {
        let folder = try CLI.scratch()
        let result = try CLI.run(["new", "x", "--turns", "2", "--language", "zh", "--dataset", folder])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try CLI.read(folder + "/cases/x.yaml")
        #expect(text.contains("\nlanguage: zh\n"))
        #expect(text.contains("  - id: t2\n"))
        #expect(!text.contains("  - id: t3\n"))
    }

    @Test func rejectsIdsThatAreNotSlugs() throws {
        let result = try CLI.run(["new", "My Case", "--dataset", try CLI.scratch()])
        #expect(result.status == 2)
    }
}
