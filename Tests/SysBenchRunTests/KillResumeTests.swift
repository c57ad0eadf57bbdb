import FakeOpenAI
import Foundation
import Testing
@testable import SysBenchRun

/// Runs the built `sysbench-kit` binary against an in-process fake server.
@Suite(.serialized) struct KillResumeTests {
    /// The binary built beside this test bundle (see CLITests' `CLI.binary`).
    static let binary: String = {
        let beside = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("sysbench-kit").path
        if let beside, FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/sysbench-kit").path
    }()
    static let key = "sk-leak-check-4242"

    /// 24 cases of 3 turns, half dependent, some in Chinese.
    static func bigDataset() -> String {
        (1...24).map { number -> String in
            let zh = number % 3 == 0
            let turns = (1...3).map { turn in
                #"{"id":"t\#(turn)","user":"\#(zh ? "问题" : "Question") \#(number).\#(turn)","alignment":"\#(turn == 2 ? "misaligned" : "aligned")","depends_on":[],"checklist":[{"id":1,"type":"content","text":"Item A \#(number)"},{"id":2,"type":"style","text":"Item B \#(number)"}]}"#
            }.joined(separator: ",")
            let id = "case-" + (number < 10 ? "0" : "") + "\(number)"
            return #"{"id":"\#(id)","system_id":\#(number),"language":"\#(zh ? "zh" : "en")","domain":"other","mode":"\#(number % 2 == 0 ? "dependent" : "parallel")","system":{"text":"System message \#(number)."},"turns":[\#(turns)]}"#
        }.joined(separator: "\n") + "\n"
    }

    struct Spawned {
        let process: Process
        let stdout: String
        let stderr: String
    }

    static func spawn(_ arguments: [String], in directory: String, tag: String) throws -> Spawned {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SYSBENCH_TEST_KEY"] = key
        process.environment = environment
        let stdout = directory + "/\(tag).stdout"
        let stderr = directory + "/\(tag).stderr"
        _ = FileManager.default.createFile(atPath: stdout, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: stdout)
        process.standardError = FileHandle(forWritingAtPath: stderr)
        try process.run()
        return Spawned(process: process, stdout: stdout, stderr: stderr)
    }

    /// Waits without blocking a cooperative thread; kills the child after `limit`.
    static func wait(_ spawned: Spawned, limit: Duration = .seconds(60)) async throws -> Int32 {
        let start = ContinuousClock.now
        while spawned.process.isRunning {
            if ContinuousClock.now - start > limit {
                spawned.process.terminate()
                Issue.record("child did not finish in time")
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        while spawned.process.isRunning { try await Task.sleep(for: .milliseconds(5)) }
        return spawned.process.terminationStatus
    }

    /// The retry count of the last progress line in an output file.
    static func retries(_ path: String) -> Int {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        guard let line = text.split(separator: "\n").last(where: { $0.contains("retries ") }),
              let range = line.range(of: "retries ")
        else { return 0 }
        return Int(line[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    static func journalLines(_ out: String) -> Int {
        ((try? Data(contentsOf: URL(fileURLWithPath: out + "/journal.jsonl"))) ?? Data()).filter { $0 == 0x0A }.count
    }

    func arguments(dataset: String, server: FakeOpenAIServer, out: String) -> [String] {
        [
            "run", "--dataset", dataset, "--model", TestRun.model, "--judge-model", TestRun.judgeModel,
            "--base-url", server.baseURL, "--out", out, "--concurrency", "4", "--api-key-env", "SYSBENCH_TEST_KEY",
            "--timeout", "60", "--retry-base-ms", "2", "--progress-interval-ms", "100",
        ]
    }

    @Test func killedRunResumesToTheSameResultsAndNoKeyLeaks() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build sysbench-kit first (swift build)")
        let directory = Fixtures.temporaryDirectory()
        let dataset = directory + "/big.jsonl"
        try Self.bigDataset().write(toFile: dataset, atomically: true, encoding: .utf8)
        let totalLines = 24 * 3 * 2
        let script: FakeOpenAIServer.Script = { request, _ in
            FakeModels.standard(request, judgeModel: TestRun.judgeModel, delay: .milliseconds(15))
        }
        try await FakeOpenAIServer.with(script: script) { server in
            // Uninterrupted reference run.
            let whole = directory + "/whole"
            let reference = try Self.spawn(arguments(dataset: dataset, server: server, out: whole), in: directory, tag: "whole")
            #expect(try await Self.wait(reference) == 0)
            // Chat completions only: each run also sends one GET …/models to check the server.
            let requestsWhole = await server.log.requests.filter { $0.path.hasSuffix("/chat/completions") }.count
            // Under a loaded machine a request may still be retried; retries are not repeats.
            #expect(requestsWhole - Self.retries(reference.stdout) == totalLines)
            #expect(await server.log.requests.allSatisfy { $0.authorization == "Bearer \(Self.key)" })

            // Killed part way with SIGKILL, then the same command again.
            let resumed = directory + "/resumed"
            let args = arguments(dataset: dataset, server: server, out: resumed)
            let first = try Self.spawn(args, in: directory, tag: "first")
            while Self.journalLines(resumed) < totalLines / 3, first.process.isRunning {
                try await Task.sleep(for: .milliseconds(5))
            }
            kill(first.process.processIdentifier, SIGKILL)
            _ = try await Self.wait(first)
            let linesAtKill = Self.journalLines(resumed)
            #expect(linesAtKill < totalLines, "the run finished before it was killed")
            let second = try Self.spawn(args, in: directory, tag: "second")
            #expect(try await Self.wait(second) == 0)

            let requestsResumed = await server.log.requests.filter { $0.path.hasSuffix("/chat/completions") }.count
                - requestsWhole
            // At most the requests in flight at the kill are repeated: 4 sessions × (answer + judge).
            // (Retries of the killed process after its last progress line are not counted; rare.)
            let retried = Self.retries(second.stdout) + Self.retries(first.stderr)
            #expect(requestsResumed - retried <= totalLines + 8)
            #expect(Self.journalLines(resumed) == totalLines)
            let expected = try TestRun.results(whole)
            #expect(try TestRun.results(resumed) == expected)
            #expect(expected.split(separator: "\n").count == 24 * 3)

            // The key reaches no file of the run folders and no output.
            for folder in [whole, resumed, directory] {
                for name in try FileManager.default.subpathsOfDirectory(atPath: folder) {
                    let data = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))) ?? Data()
                    #expect(!String(decoding: data, as: UTF8.self).contains(Self.key), "\(folder)/\(name)")
                }
            }
            let stdout = try String(contentsOfFile: directory + "/second.stdout", encoding: .utf8)
            #expect(stdout.contains("144/144 requests"))
            #expect(stdout.contains("tokens: model"))
        }
    }

    @Test func unauthorizedRunSaysWhichVariable() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build sysbench-kit first (swift build)")
        let directory = Fixtures.temporaryDirectory()
        let dataset = try Fixtures.writeDataset(in: directory)
        let script: FakeOpenAIServer.Script = { request, _ in .error(401, "Incorrect API key provided: \(request.authorization ?? "")") }
        try await FakeOpenAIServer.with(script: script) { server in
            let spawned = try Self.spawn(arguments(dataset: dataset, server: server, out: directory + "/out"), in: directory, tag: "auth")
            #expect(try await Self.wait(spawned) == 2)
            let stderr = try String(contentsOfFile: spawned.stderr, encoding: .utf8)
            #expect(stderr.contains("401 unauthorized: the API key in SYSBENCH_TEST_KEY was refused"))
            #expect(!stderr.contains(Self.key))
        }
    }
}
