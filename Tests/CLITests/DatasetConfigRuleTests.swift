import Foundation
import Testing

/// One rule for dataset.yaml in lint, build, stats and export (issue 13, items 4, 5):
/// without one, the SysBench defaults; with one, every problem at once in the lint
/// format, exit 1. And a broken case-file link is reported by build and export too.
@Suite struct DatasetConfigRuleTests {
    /// A dataset folder with one lint-clean case of the repository's example dataset.
    private func dataset(config: String?) throws -> (root: String, folder: String) {
        let root = try CLI.scratch()
        let folder = root + "/ds"
        try FileManager.default.createDirectory(atPath: folder + "/cases", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: CLI.packageRoot + "/dataset/cases/algebra-socratic-tutor.yaml", toPath: folder + "/cases/algebra-socratic-tutor.yaml")
        if let config { try Data(config.utf8).write(to: URL(fileURLWithPath: folder + "/dataset.yaml")) }
        return (root, folder)
    }

    @Test func withoutDatasetYamlEveryCommandUsesTheDefaults() throws {
        let (root, _) = try dataset(config: nil)
        let lint = try CLI.run(["lint", "ds"], in: root)
        #expect(lint.status == 0, "\(lint.stdout)")
        let build = try CLI.run(["build", "ds", "--out", "out"], in: root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/out/sysbench.jsonl"))
        let stats = try CLI.run(["stats", "ds", "--format", "json"], in: root)
        #expect(stats.status == 0, "\(stats.stderr)")
        let export = try CLI.run(["export", "sysbench", "ds", "--out", "release.json"], in: root)
        #expect(export.status == 0, "\(export.stderr)")
    }

    static let brokenConfig = "name: d\nlanguage: fr\ndomains:\n  travel: {zh: 旅游}\nturns_per_case: five\n"

    static let expectedFindings = """
        ds/dataset.yaml:1:1: error: dataset is missing required field 'version' (the dataset's version) [schema-missing-field]
        name: d
        ^
        ds/dataset.yaml:2:11: error: unknown language 'fr' (expected one of: en, zh) [language-unknown]
        language: fr
                  ^
        ds/dataset.yaml:5:17: error: 'turns_per_case' should be a plain integer, found 'five' [schema-wrong-kind]
        turns_per_case: five
                        ^

        """

    @Test(arguments: [
        (["build", "ds", "--out", "out"], "nothing was built"),
        (["stats", "ds"], "no statistics were computed"),
        (["new", "x", "--dataset", "ds"], "no case was written"),
    ])
    func everyProblemOfDatasetYamlAtOnceExitsOne(_ arguments: [String], _ refusal: String) throws {
        let (root, _) = try dataset(config: Self.brokenConfig)
        let result = try CLI.run(arguments, in: root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == Self.expectedFindings + "error: 3 errors in ds/dataset.yaml; \(refusal)\n")
    }

    @Test func lintAndExportReportDatasetYamlInTheLintFormat() throws {
        let (root, _) = try dataset(config: Self.brokenConfig)
        let lint = try CLI.run(["lint", "ds"], in: root)
        #expect(lint.status == 1)
        #expect(lint.stdout == Self.expectedFindings + "3 errors, 0 warnings in 1 file (0 cases)\n")
        let export = try CLI.run(["export", "sysbench", "ds", "--out", "release.json"], in: root)
        #expect(export.status == 1)
        #expect(export.stderr.hasPrefix(Self.expectedFindings))
        #expect(export.stderr.hasSuffix("error: 3 lint errors; nothing was exported\n"))
        #expect(!FileManager.default.fileExists(atPath: root + "/release.json"))
    }

    @Test func buildAndExportWarnOfABrokenCaseFileLink() throws {
        let (root, folder) = try dataset(config: nil)
        try FileManager.default.createSymbolicLink(atPath: folder + "/cases/moved.yaml", withDestinationPath: "gone.yaml")
        let warning = "ds/cases/moved.yaml:1:1: warning: symbolic link to 'gone.yaml', which does not exist: "
            + "no case is read from it; fix the link or remove it [case-file-link-broken]\n"
        let build = try CLI.run(["build", "ds", "--out", "out"], in: root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.hasPrefix(warning), "\(build.stderr)")
        #expect(build.stderr.contains("lint: 0 errors, 1 warning in 2 files (1 case)\n"))
        let export = try CLI.run(["export", "sysbench", "ds", "--out", "release.json"], in: root)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.hasPrefix(warning), "\(export.stderr)")
    }
}
