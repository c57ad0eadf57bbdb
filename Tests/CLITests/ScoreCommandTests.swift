import Foundation
import Testing

/// Runs the built `sysbench-kit score` and checks stdout, stderr and exit status.
@Suite struct ScoreCommandTests {
    static let runs = URL(fileURLWithPath: CLI.packageRoot + "/../shared/sysbench/runs").standardizedFileURL

    func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(arguments)
    }

    @Test func jsonForOneRun() throws {
        let output = try run(["score", Self.runs.appendingPathComponent("gpt4o_eval.json").path,
                              "--format", "json", "--bootstrap", "50"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let model = try #require((root["models"] as? [[String: Any]])?.first)
        #expect(model["model"] as? String == "gpt4o")
        let csr = try #require((model["CSR"] as? [String: Any])?["total"] as? Double)
        #expect(abs(csr - 0.8707997311827957) < 1e-9)
        let ssr = try #require((model["SSR"] as? [String: Any])?["total"] as? Double)
        #expect(abs(ssr - 0.5444) < 1e-9)
        let interval = try #require((model["intervals"] as? [String: Any])?["CSR"] as? [String: Double])
        #expect(try #require(interval["low"]) < csr && csr < (try #require(interval["high"])))
    }

    @Test func textTableForTwoRuns() throws {
        let output = try run(["score", Self.runs.appendingPathComponent("gpt4o_eval.json").path,
                              Self.runs.appendingPathComponent("gpt35_eval.json").path, "--bootstrap", "20"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        let gpt4o = try #require(lines.first { $0.hasPrefix("gpt4o ") })
        #expect(gpt4o.contains("87.1 [") && gpt4o.contains("76.4 [") && gpt4o.contains("54.4 ["))
        let gpt35 = try #require(lines.first { $0.hasPrefix("gpt35 ") })
        #expect(gpt35.contains("61.6 [") && gpt35.contains("43.2 [") && gpt35.contains("20.8 ["))
        #expect(output.stdout.contains("Difference from gpt4o"))
    }

    @Test func missingInputExitsTwo() throws {
        let output = try run(["score", "/nonexistent/run_eval.json"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "/nonexistent/run_eval.json: error: no such file or directory\n")
    }

    @Test func malformedInputExitsTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("score-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken_eval.json")
        try Data("[{\"system_id\": 1,".utf8).write(to: file)
        let output = try run(["score", file.path])
        #expect(output.status == 2)
        #expect(output.stderr == "\(file.path): error: not valid JSON\n")
    }

    @Test func theReleaseItselfHoldsNoJudgedRun() throws {
        let release = URL(fileURLWithPath: CLI.packageRoot + "/../shared/sysbench/system_benchmark_eval_datas.json")
            .standardizedFileURL.path
        let output = try run(["score", release])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "\(release): error: the file holds no judged run (no session has eval_results); "
            + "score reads a SysBench *_eval.json or a run folder\n")
    }

    @Test func anObjectShapedJSONFileSaysWhatWasExpected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("score-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("summary.json")
        try Data("{\"models\": []}\n".utf8).write(to: file)
        let output = try run(["score", file.path])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("\(file.path): error: expected a SysBench evaluated run (a JSON array of sessions)"))
        #expect(!output.stderr.contains("missing"))
    }
}
