import Foundation
import Testing

/// `run` end to end: the built CLI against the stand-alone fake server
/// (`sysbench-fake-openai`), started the way bench/run.sh starts it.
@Suite struct RunCommandTests {
    static let release = [
        #"{"id":"alpha","system_id":1,"language":"en","domain":"other","mode":"parallel","system":{"text":"Be brief."},"turns":[{"id":"t1","user":"Hello?","alignment":"aligned","depends_on":[],"checklist":[{"id":1,"type":"content","text":"Greets"}]},{"id":"t2","user":"Bye?","alignment":"aligned","depends_on":[],"checklist":[{"id":1,"type":"style","text":"Polite"}]}]}"#,
        #"{"id":"beta","system_id":2,"language":"zh","domain":"other","mode":"dependent","system":{"text":"简短回答。"},"turns":[{"id":"t1","user":"你好？","alignment":"aligned","depends_on":[],"checklist":[{"id":1,"type":"content","text":"问候"}]}]}"#,
    ].joined(separator: "\n") + "\n"

    @Test func runsAReleaseAgainstTheFakeServer() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.release.write(toFile: folder + "/release.jsonl", atomically: true, encoding: .utf8)
        let server = try FakeServerProcess(arguments: ["--latency-ms", "1", "--judge-model", "judge"])
        defer { server.stop() }

        let result = try CLI.run([
            "run", "--dataset", "release.jsonl", "--model", "model", "--judge-model", "judge",
            "--base-url", "http://127.0.0.1:\(server.port)", "--out", "run", "--concurrency", "2",
        ], in: folder)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let results = try CLI.read(folder + "/run/results.jsonl")
        let lines = results.split(separator: "\n")
        #expect(lines.count == 3, "one line per judged turn: 2 + 1")
        #expect(lines.allSatisfy { $0.contains("\"case\"") })
        let manifest = try CLI.read(folder + "/run/run.json")
        #expect(manifest.contains("\"model\" : \"model\"") || manifest.contains("\"model\": \"model\""))

        // A second run over the same folder resumes: nothing left to ask, same results.
        let again = try CLI.run([
            "run", "--dataset", "release.jsonl", "--model", "model", "--judge-model", "judge",
            "--base-url", "http://127.0.0.1:\(server.port)", "--out", "run",
        ], in: folder)
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(try CLI.read(folder + "/run/results.jsonl") == results)
    }
}
