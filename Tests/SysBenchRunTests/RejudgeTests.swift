import FakeOpenAI
import Foundation
import Logging
import SysBenchScore
import Testing
@testable import SysBenchRun

@Suite struct RejudgeTests {
    static let otherJudge = "other-judge"

    /// Rejudges the run folder `source` into `out` with ``otherJudge`` on `server`.
    static func rejudge(source: String, out: String, server: FakeOpenAIServer) async throws -> RejudgeSource {
        let rejudge = try RejudgeSource.load(path: source)
        let settings = RunSettings(
            model: rejudge.model, judgeModel: otherJudge, history: .model, judgeRetries: 3,
            templates: try JudgeTemplates.builtin())
        let context = try await RunContext.open(
            folder: RunFolder(path: out), dataset: rejudge.dataset, datasetPath: source, limit: nil, settings: settings,
            baseURL: nil, judgeBaseURL: server.baseURL, forceNew: false, source: rejudge)
        let judge = ServerOptions(baseURL: server.baseURL, apiKey: nil, apiKeyEnv: "TEST_KEY")
        let incomplete = try await OnlineRun.run(
            context: context, model: nil, judge: judge, timeout: .seconds(5), retryPolicy: TestRun.fastRetry,
            concurrency: 4, logger: Logger(label: "test"))
        try await context.finish()
        #expect(incomplete.isEmpty)
        return rejudge
    }

    @Test func sendsOnlyJudgeRequestsAndKeepsTheAnswers() async throws {
        let source = Fixtures.temporaryDirectory()
        let out = Fixtures.temporaryDirectory()
        let both: FakeOpenAIServer.Script = { request, _ in
            FakeModels.standard(request, judgeModel: request.model == RejudgeTests.otherJudge ? RejudgeTests.otherJudge : TestRun.judgeModel)
        }
        try await FakeOpenAIServer.with(script: both) { server in
            try await TestRun.online(server: server, out: source, settings: try TestRun.settings())
        }
        try await FakeOpenAIServer.with(script: both) { server in
            let rejudge = try await Self.rejudge(source: source, out: out, server: server)
            let requests = await server.log.requests
            #expect(requests.count == Fixtures.turnCount)
            #expect(requests.allSatisfy { $0.model == Self.otherJudge })
            #expect(rejudge.model == TestRun.model)
        }
        let original = try ResultsReader.records(Data(contentsOf: URL(fileURLWithPath: source + "/results.jsonl")), path: "a", includeTexts: true)
        let again = try ResultsReader.records(Data(contentsOf: URL(fileURLWithPath: out + "/results.jsonl")), path: "b", includeTexts: true)
        #expect(again.map(\.response) == original.map(\.response))
        #expect(again.map(\.caseID) == original.map(\.caseID))
        #expect(again.allSatisfy { $0.judgeModel == Self.otherJudge && $0.model == TestRun.model })
        #expect(again.map { $0.items.map(\.text) } == original.map { $0.items.map(\.text) })
        let manifest = try String(contentsOfFile: out + "/run.json", encoding: .utf8)
        let sha = try RejudgeSource.load(path: source).sha256
        #expect(manifest.contains(#""source_run": "\#(source)""#))
        #expect(manifest.contains(#""source_run_sha256": "\#(sha)""#))
    }

    @Test func resumesWithoutAskingAgain() async throws {
        let source = Fixtures.temporaryDirectory()
        let out = Fixtures.temporaryDirectory()
        let both: FakeOpenAIServer.Script = { request, _ in
            FakeModels.standard(request, judgeModel: request.model == RejudgeTests.otherJudge ? RejudgeTests.otherJudge : TestRun.judgeModel)
        }
        try await FakeOpenAIServer.with(script: both) { server in
            try await TestRun.online(server: server, out: source, settings: try TestRun.settings())
        }
        try await FakeOpenAIServer.with(script: both) { server in
            _ = try await Self.rejudge(source: source, out: out, server: server)
        }
        let journal = try String(contentsOfFile: out + "/journal.jsonl", encoding: .utf8)
        try await FakeOpenAIServer.with(script: both) { server in
            _ = try await Self.rejudge(source: source, out: out, server: server)
            #expect(await server.log.requests.isEmpty)
        }
        #expect(try String(contentsOfFile: out + "/journal.jsonl", encoding: .utf8) == journal)
    }

    @Test func refusesARunWithoutAnswers() throws {
        let folder = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let line = #"{"case":"c1","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"content","verdict":"yes"}]}"#
        try (line + "\n").write(toFile: folder + "/results.jsonl", atomically: true, encoding: .utf8)
        #expect(throws: RunError.dataset(path: folder, line: nil, message: "case c1 turn 1 has no stored answer to judge")) {
            try RejudgeSource.load(path: folder)
        }
    }
}
