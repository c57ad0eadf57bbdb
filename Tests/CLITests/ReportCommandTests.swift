import Foundation
import Testing

/// Runs the built `sysbench-kit report` and checks the page it writes, stdout, stderr and exit status.
@Suite struct ReportCommandTests {
    static let runs = URL(fileURLWithPath: CLI.packageRoot + "/../shared/sysbench/runs").standardizedFileURL

    func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(arguments)
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func writesOnePageForTwoRuns() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let output = try run([
            "report", Self.runs.appendingPathComponent("gpt4o_eval.json").path,
            Self.runs.appendingPathComponent("gpt35_eval.json").path,
            "--out", page.path, "--bootstrap", "20", "--max-failed-turns", "5",
        ])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout.hasPrefix("wrote \(page.path) (2 runs, "))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<td>gpt4o</td>") && html.contains("<td>gpt35</td>"))
        for number in ["87.1", "76.4", "54.4", "61.6", "43.2", "20.8"] {
            #expect(html.contains("<span class=\"v\">\(number)</span>"), "missing \(number)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
    }

    @Test func sampleRunWithPolicyAndNoIntervals() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("sample.html")
        let output = try run([
            "report", CLI.packageRoot + "/examples/sample-run",
            "--out", page.path, "--bootstrap", "0", "--policy", "strict",
        ])
        #expect(output.status == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("hand-written-example"))
        #expect(html.contains("Policy strict; no intervals."))
        #expect(html.contains("judge failure"))
        #expect(html.contains("无法判断"))
    }

    @Test func missingInputExitsTwoAndWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let output = try run(["report", "/nonexistent/run_eval.json", "--out", page.path])
        #expect(output.status == 2)
        #expect(output.stderr == "/nonexistent/run_eval.json: error: no such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: page.path))
    }

    @Test func unwritableOutputExitsTwo() throws {
        let output = try run([
            "report", CLI.packageRoot + "/examples/sample-run",
            "--out", "/nonexistent-folder/report.html", "--bootstrap", "0",
        ])
        #expect(output.status == 2)
        #expect(output.stderr == "/nonexistent-folder/report.html: error: the folder /nonexistent-folder does not exist\n")
    }

    /// Without --out the page is report.html (issue 13, item 15).
    @Test func outDefaultsToReportHtml() throws {
        let folder = try CLI.scratch()
        let output = try CLI.run(["report", CLI.packageRoot + "/examples/sample-run"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/report.html"))
    }
}
