import FakeOpenAI
import Foundation
import Testing
@testable import SysBenchRun

/// The built `sysbench-kit run` stopped by real signals, pointed at a dead server,
/// rerun when finished, and scored while in progress.
@Suite(.serialized) struct RunInterruptTests {
    typealias K = KillResumeTests

    func arguments(_ dataset: String, _ baseURL: String, _ out: String) -> [String] {
        [
            "run", "--dataset", dataset, "--model", TestRun.model, "--judge-model", TestRun.judgeModel,
            "--base-url", baseURL, "--out", out, "--concurrency", "2", "--api-key-env", "SYSBENCH_TEST_KEY",
            "--timeout", "60", "--retry-base-ms", "2", "--progress-interval-ms", "100",
        ]
    }

    static let slow: FakeOpenAIServer.Script = { request, _ in
        FakeModels.standard(request, judgeModel: TestRun.judgeModel, delay: .milliseconds(40))
    }

    func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    func interrupt(with signal: Int32, expecting status: Int32) async throws {
        try #require(FileManager.default.isExecutableFile(atPath: K.binary), "build sysbench-kit first (swift build)")
        let directory = Fixtures.temporaryDirectory()
        let dataset = directory + "/big.jsonl"
        try K.bigDataset().write(toFile: dataset, atomically: true, encoding: .utf8)
        try await FakeOpenAIServer.with(script: Self.slow) { server in
            let out = directory + "/run"
            let args = arguments(dataset, server.baseURL, out)
            let first = try K.spawn(args, in: directory, tag: "first")
            while K.journalLines(out) < 12, first.process.isRunning { try await Task.sleep(for: .milliseconds(5)) }
            let sent = ContinuousClock.now
            kill(first.process.processIdentifier, signal)
            #expect(try await K.wait(first, limit: .seconds(20)) == status)
            #expect(ContinuousClock.now - sent < .seconds(8))
            let stderr = read(first.stderr)
            let name = signal == SIGINT ? "interrupted" : "terminated"
            #expect(stderr.contains("\(name): no new requests; waiting up to 5 s for those in flight"))
            #expect(stderr.contains("\(name): "))
            #expect(stderr.contains("run the same command again to resume"))
            // results.jsonl holds every judgment the journal holds.
            let judgments = read(out + "/journal.jsonl").split(separator: "\n").filter { $0.contains("\"judgment\"") }.count
            let results = read(out + "/results.jsonl").split(separator: "\n").count
            #expect(results > 0)
            #expect(results == judgments)
            #expect(stderr.contains("\(results) of 72 turns judged"))
            // Rerunning resumes and finishes.
            let second = try K.spawn(args, in: directory, tag: "second")
            #expect(try await K.wait(second) == 0)
            #expect(read(second.stderr).contains("note: resuming: "))
            #expect(read(out + "/results.jsonl").split(separator: "\n").count == 72)
            // And a third time there is nothing to do.
            let third = try K.spawn(args, in: directory, tag: "third")
            #expect(try await K.wait(third) == 0)
            #expect(read(third.stdout).hasPrefix("nothing to do: all 72 turns of the 24 cases are answered and judged"))
        }
    }

    @Test func ctrlCStopsWritesResultsAndExits130() async throws {
        try await interrupt(with: SIGINT, expecting: 130)
    }

    @Test func sigtermExits143() async throws {
        try await interrupt(with: SIGTERM, expecting: 143)
    }

    @Test func scoreDerivesAStaleRunFoldersResultsFromTheJournal() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: K.binary), "build sysbench-kit first (swift build)")
        let directory = Fixtures.temporaryDirectory()
        let dataset = directory + "/big.jsonl"
        try K.bigDataset().write(toFile: dataset, atomically: true, encoding: .utf8)
        try await FakeOpenAIServer.with(script: Self.slow) { server in
            let out = directory + "/run"
            let first = try K.spawn(arguments(dataset, server.baseURL, out), in: directory, tag: "first")
            while K.journalLines(out) < 12, first.process.isRunning { try await Task.sleep(for: .milliseconds(5)) }
            kill(first.process.processIdentifier, SIGKILL)
            _ = try await K.wait(first)
            let judgments = read(out + "/journal.jsonl").split(separator: "\n").filter { $0.contains("\"judgment\"") }.count
            // SIGKILL left results.jsonl as the run opened it: older than the journal.
            try? FileManager.default.removeItem(atPath: out + "/results.jsonl")
            let score = try K.spawn(["score", out, "--bootstrap", "0"], in: directory, tag: "score")
            #expect(try await K.wait(score) == 0)
            #expect(read(score.stderr).contains(
                "partial run, \(judgments) of 72 turns judged (there is no results.jsonl; results derived from the journal)"))
            #expect(read(score.stdout).contains(TestRun.model))
            #expect(!FileManager.default.fileExists(atPath: out + "/results.jsonl"))
        }
    }

    /// A port nothing listens on: bound, read, closed.
    static func closedPort() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length)
                return getsockname(descriptor, pointer, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func aDeadServerFailsInSecondsWithOneSentence() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: K.binary), "build sysbench-kit first (swift build)")
        let directory = Fixtures.temporaryDirectory()
        let dataset = try Fixtures.writeDataset(in: directory)
        let port = Self.closedPort()
        var args = arguments(dataset, "http://127.0.0.1:\(port)", directory + "/run")
        // Real retry waits: a dead server must not cost them.
        if let index = args.firstIndex(of: "--retry-base-ms") { args.removeSubrange(index...(index + 1)) }
        let start = ContinuousClock.now
        let spawned = try K.spawn(args, in: directory, tag: "dead")
        #expect(try await K.wait(spawned, limit: .seconds(30)) == 2)
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(read(spawned.stderr) == """
            error: cannot reach the model server at http://127.0.0.1:\(port) (Connection refused); \
            is it running and is --base-url right?

            """)
    }

    @Test func sessionsThatCannotConnectStopTheRun() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: K.binary), "build sysbench-kit first (swift build)")
        let directory = Fixtures.temporaryDirectory()
        let dataset = directory + "/big.jsonl"
        try K.bigDataset().write(toFile: dataset, atomically: true, encoding: .utf8)
        // Up for the check, then every chat completion's connection is dropped.
        let script: FakeOpenAIServer.Script = { request, _ in
            request.path.hasSuffix("/models") ? .completion("", model: "x") : .drop(delay: .zero)
        }
        try await FakeOpenAIServer.with(script: script) { server in
            let spawned = try K.spawn(arguments(dataset, server.baseURL, directory + "/run"), in: directory, tag: "drop")
            #expect(try await K.wait(spawned, limit: .seconds(60)) == 2)
            let stderr = read(spawned.stderr)
            #expect(stderr.contains("sessions in a row could not connect ("))
            #expect(stderr.contains("stopped the run. Check that the server is up, then run the same command again to resume"))
            // Far fewer sessions were tried than the 24 of the dataset.
            let tried = Set(await server.log.requests.compactMap { $0.path.hasSuffix("/models") ? nil : $0.body })
            #expect(tried.count < 24)
        }
    }

    @Test func dryRunChecksTheServerAndWritesNothing() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: K.binary), "build sysbench-kit first (swift build)")
        let directory = Fixtures.temporaryDirectory()
        let dataset = try Fixtures.writeDataset(in: directory)
        try await FakeOpenAIServer.with(script: TestRun.standard) { server in
            let spawned = try K.spawn(
                arguments(dataset, server.baseURL, directory + "/run") + ["--dry-run"], in: directory, tag: "dry")
            #expect(try await K.wait(spawned) == 0)
            let stdout = read(spawned.stdout)
            #expect(stdout.hasPrefix("would run 3 cases, "))
            #expect(stdout.contains("model requests to fake-model at \(server.baseURL)/chat/completions, key from SYSBENCH_TEST_KEY"))
            #expect(stdout.hasSuffix("servers answer; nothing was sent and nothing written\n"))
            #expect(!stdout.contains(K.key))
            #expect(!FileManager.default.fileExists(atPath: directory + "/run"))
            #expect(await server.log.requests.map(\.path) == ["/v1/models"])
        }
    }

    @Test func limitZeroIsRefused() async throws {
        let directory = Fixtures.temporaryDirectory()
        let dataset = try Fixtures.writeDataset(in: directory)
        let spawned = try K.spawn(
            arguments(dataset, "http://127.0.0.1:9", directory + "/run") + ["--limit", "0"], in: directory, tag: "zero")
        #expect(try await K.wait(spawned) != 0)
        #expect(read(spawned.stderr).contains("--limit must be a positive number, not 0: it is how many cases to run"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/run"))
    }

    @Test func batchOutNamesOnlyTheFilesItWrote() async throws {
        let directory = Fixtures.temporaryDirectory()
        let dataset = try Fixtures.writeDataset(in: directory)
        let spawned = try K.spawn([
            "run", "--dataset", dataset, "--model", TestRun.model, "--judge-model", TestRun.judgeModel,
            "--out", directory + "/run", "--batch-out", directory + "/batch",
        ], in: directory, tag: "batch")
        #expect(try await K.wait(spawned) == 0)
        let stdout = read(spawned.stdout)
        #expect(stdout.contains("model requests (\(directory)/batch/generate.jsonl), no judge requests\n"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/batch/judge.jsonl"))
    }
}
