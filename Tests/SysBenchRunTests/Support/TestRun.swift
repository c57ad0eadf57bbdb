import FakeOpenAI
import Foundation
import Logging
@testable import SysBenchRun

/// Runs the fixture in-process against a fake server, with millisecond backoff.
enum TestRun {
    static let model = "fake-model"
    static let judgeModel = "fake-judge"
    static let fastRetry = RetryPolicy(maxAttempts: 5, base: .milliseconds(2), cap: .milliseconds(40))

    static func settings(history: HistoryMode = .model, judgeRetries: Int = 3) throws -> RunSettings {
        RunSettings(
            model: model, judgeModel: judgeModel, history: history, temperature: 0, seed: 1,
            judgeRetries: judgeRetries, templates: try JudgeTemplates.builtin())
    }

    static func open(out: String, settings: RunSettings, limit: Int? = nil, forceNew: Bool = false, baseURL: String? = nil)
        async throws -> RunContext
    {
        try await RunContext.open(
            folder: RunFolder(path: out), release: try Fixtures.release(), datasetPath: "fixture.jsonl", limit: limit,
            settings: settings, baseURL: baseURL, judgeBaseURL: baseURL, forceNew: forceNew)
    }

    /// Opens `out`, runs everything pending against `server`, finishes the folder.
    @discardableResult
    static func online(
        server: FakeOpenAIServer, out: String, settings: RunSettings, concurrency: Int = 4, limit: Int? = nil,
        apiKey: String? = nil, timeout: Duration = .seconds(5)
    ) async throws -> (incomplete: [IncompleteSession], context: RunContext) {
        let context = try await open(out: out, settings: settings, limit: limit, baseURL: server.baseURL)
        do {
            let options = ServerOptions(baseURL: server.baseURL, apiKey: apiKey, apiKeyEnv: "TEST_KEY")
            let incomplete = try await OnlineRun.run(
                context: context, model: options, judge: options, timeout: timeout, retryPolicy: fastRetry,
                concurrency: concurrency, logger: Logger(label: "test"))
            try await context.finish()
            return (incomplete, context)
        } catch {
            try? await context.finish()
            throw error
        }
    }

    static func results(_ out: String) throws -> String {
        try String(contentsOfFile: out + "/results.jsonl", encoding: .utf8)
    }

    static let standard: FakeOpenAIServer.Script = { request, _ in FakeModels.standard(request, judgeModel: judgeModel) }
}
