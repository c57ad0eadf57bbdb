import Foundation
import Testing

/// `lint --format json` prints one valid JSON object whatever happens (issue 13, item 10).
@Suite struct LintJSONTests {
    private func object(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [String: Any], "\(text)")
    }

    @Test func aMissingPathIsATopLevelError() throws {
        let result = try CLI.run(["lint", "--format", "json", "no-such-folder"], in: try CLI.scratch())
        #expect(result.status == 2)
        let json = try object(result.stdout)
        #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
        #expect((json["error"] as? [String: Any])?["message"] as? String == "no-such-folder: no such file or folder")
        #expect((json["summary"] as? [String: Any])?["errors"] as? Int == 0)
        #expect(result.stderr == "no-such-folder: error: no such file or folder\n")
    }

    @Test func aBrokenDatasetYamlGivesDiagnostics() throws {
        let root = try CLI.scratch()
        try FileManager.default.createDirectory(atPath: root + "/ds/cases", withIntermediateDirectories: true)
        try Data("name: [\n".utf8).write(to: URL(fileURLWithPath: root + "/ds/dataset.yaml"))
        let result = try CLI.run(["lint", "--format", "json", "ds"], in: root)
        #expect(result.status == 1)
        let json = try object(result.stdout)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["file"] as? String } == ["ds/dataset.yaml"])
        #expect(diagnostics.map { $0["rule"] as? String } == ["yaml-syntax"])
        #expect(json["error"] == nil)
    }
}
