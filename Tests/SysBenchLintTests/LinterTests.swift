import Foundation
import SysBenchCore
@testable import SysBenchLint
import KitSupport
import Testing

/// A fresh folder under the system's temporary folder, removed by the caller.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sysbench-lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `files` (relative path → text) under `folder`.
func write(_ files: [String: String], under folder: URL) throws {
    for (path, text) in files {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// A valid one-turn case with the given id and system_id.
func caseText(_ id: String, systemId: Int? = nil, domain: String = "travel") -> String {
    """
    id: \(id)
    \(systemId.map { "system_id: \($0)\n" } ?? "")domain: \(domain)
    scene: city guide
    mode: parallel
    system:
      text: You only give advice about Wuhan.
    turns:
      - id: t1
        user: Where can I eat hot dry noodles?
        alignment: aligned
        checklist:
          - type: content
            text: Names a place in Wuhan

    """
}

private func lint(_ paths: [String]) throws(LintFailure) -> (files: [LintedFile], summary: LintSummary) {
    var files: [LintedFile] = []
    let summary = try Linter.run(paths: paths) { files.append($0) }
    return (files, summary)
}

@Suite struct LinterTests {
    @Test func findsDatasetYamlAndChecksAgainstIt() throws {
        let root = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write([
            "dataset.yaml": "name: demo\nversion: 1.0.0\nturns_per_case: 2\ndomains:\n  cuisine: {zh: 美食}\n",
            "cases/a.yaml": caseText("a", domain: "cuisine"),
            "cases/b.yaml": caseText("b"),
        ], under: root)
        let (files, summary) = try lint([root.path])
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["a.yaml", "b.yaml"])
        #expect(files[0].diagnostics.map(\.rule) == ["turn-count"])
        #expect(files[0].diagnostics.first?.message.hasPrefix("the case has 1 turn but ") == true)
        #expect(files[0].diagnostics.first?.message.hasSuffix("dataset.yaml sets turns_per_case: 2") == true)
        #expect(files[1].diagnostics.map(\.rule) == ["domain-unknown", "turn-count"])
        #expect(summary == LintSummary(files: 2, cases: 2, errors: 3, warnings: 0))

        // A file named directly is governed by the dataset.yaml of a parent folder.
        let direct = try lint([root.appendingPathComponent("cases/b.yaml").path])
        #expect(direct.files[0].diagnostics.map(\.rule) == ["domain-unknown", "turn-count"])
    }

    @Test func repeatsAcrossFilesAreReportedAtTheSecondOccurrence() throws {
        let root = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write([
            "cases/a.yaml": caseText("a", systemId: 1),
            "cases/b.yaml": caseText("b", systemId: 1),
            "more/a.yaml": caseText("a", systemId: 2),
        ], under: root)
        let (files, summary) = try lint([root.path])
        let found = files.flatMap(\.diagnostics).map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column) \($0.rule)" }
        // Sorted by file name: cases/a.yaml, more/a.yaml, cases/b.yaml.
        #expect(found == ["a.yaml:1:5 case-id-repeated", "b.yaml:2:12 system-id-repeated"])
        let message = files.flatMap(\.diagnostics).first?.message ?? ""
        #expect(message == "case id 'a' is already used at \(root.path)/cases/a.yaml:1:5")
        #expect(summary.errors == 2)
    }

    @Test func separateDatasetsDoNotClash() throws {
        let root = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = "name: demo\nversion: 1.0.0\ndomains:\n  travel: {zh: 旅游}\n"
        try write([
            "one/dataset.yaml": config, "one/cases/a.yaml": caseText("a"),
            "two/dataset.yaml": config, "two/cases/a.yaml": caseText("a"),
        ], under: root)
        let (_, summary) = try lint([root.appendingPathComponent("one").path, root.appendingPathComponent("two").path])
        #expect(summary == LintSummary(files: 2, cases: 2, errors: 0, warnings: 0))
    }

    /// A broken dataset.yaml is a file with findings like any case (issue 13, item 4):
    /// every problem at once, with rule ids; its cases are not checked against it.
    @Test func brokenDatasetYamlIsReportedAndItsCasesSkipped() throws {
        let root = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write([
            "dataset.yaml": "name: demo\nname: again\nversion: 1.0.0\ndomains: {}\n",
            "cases/a.yaml": caseText("a"),
        ], under: root)
        let path = root.appendingPathComponent("dataset.yaml").path
        var (files, summary) = try lint([root.path])
        #expect(files.map(\.path) == [path])
        #expect(files[0].diagnostics.map { "\($0.line):\($0.column) \($0.rule) \($0.message)" } == ["2:1 yaml-duplicate-key duplicate key 'name'"])
        #expect(summary == LintSummary(files: 1, cases: 0, errors: 1, warnings: 0))
        try write(["dataset.yaml": "name: demo\nversoin: 1.0.0\nlanguage: EN\ndomains:\n  travel: {zh: 旅游}\n"], under: root)
        (files, summary) = try lint([root.path])
        // One typo, one error (the missing 'version' is the misspelt key), and the language.
        #expect(files[0].diagnostics.map { "\($0.line):\($0.column) \($0.rule) \($0.message)" } == [
            "2:1 schema-unknown-field unknown field 'versoin' in dataset; did you mean 'version'?",
            "3:11 language-unknown unknown language 'EN'; write 'en'",
        ])
        #expect(summary.errors == 2)
    }

    @Test func missingPathIsAFailure() {
        do {
            _ = try lint(["/no/such/folder"])
            Issue.record("expected a failure")
        } catch {
            #expect(error.description == "/no/such/folder: no such file or folder")
        }
    }

    @Test func baseNameDropsFoldersAndExtension() {
        #expect(DatasetLinter.baseName(of: "dataset/cases/wuhan.yaml") == "wuhan")
        #expect(DatasetLinter.baseName(of: "x.yml") == "x")
        #expect(DatasetLinter.baseName(of: "x.json") == "x.json")
    }
}
