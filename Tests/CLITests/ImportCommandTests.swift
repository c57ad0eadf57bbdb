import Foundation
import Testing

/// The real-data round trip through the command line: import, lint, build, export.
@Suite struct ImportCommandTests {
    @Test(.enabled(if: CLI.hasRealData, "needs ../shared/sysbench"))
    func importLintBuildExportReproducesTheReleaseByteForByte() throws {
        let folder = try CLI.scratch()
        let imported = try CLI.run(["import", "sysbench", CLI.sysbenchRelease, "--out", folder + "/ds"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("note: sysbench-135: scene (场景) is null"))
        #expect(imported.stderr.contains("imported 500 cases"))

        let lint = try CLI.run(["lint", folder + "/ds"])
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout.contains("0 errors"))

        let build = try CLI.run(["build", folder + "/ds", "--out", folder + "/build"])
        #expect(build.status == 0, "\(build.stderr)")

        for source in [folder + "/ds", folder + "/build/sysbench.jsonl"] {
            let export = try CLI.run(["export", "sysbench", source, "--out", folder + "/out.json"])
            #expect(export.status == 0, "\(export.stderr)")
            let exported = try Data(contentsOf: URL(fileURLWithPath: folder + "/out.json"))
            let original = try Data(contentsOf: URL(fileURLWithPath: CLI.sysbenchRelease))
            #expect(exported == original, "export of \(source) differs from the original")
        }
    }

    @Test func refusesANonEmptyFolderWithoutForce() throws {
        let folder = try CLI.scratch()
        let input = folder + "/in.json"
        #expect(try CLI.run(["export", "sysbench", CLI.packageRoot + "/dataset", "--out", input]).status == 0)
        let result = try CLI.run(["import", "sysbench", input, "--out", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--force"))
        #expect(try CLI.run(["import", "sysbench", input, "--out", folder, "--force"]).status == 0)
    }

    @Test func malformedInputSaysWhere() throws {
        let folder = try CLI.scratch()
        let input = folder + "/in.json"
        try "[{\"system_id\": 1,\n  oops}]".write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CLI.run(["import", "sysbench", input, "--out", folder + "/ds"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("in.json:2:3:"), "\(result.stderr)")
    }
}
