import AsyncHTTPClient
import Logging
import NIOCore

/// One OpenAI-compatible server as the user named it.
public struct ServerOptions: Sendable {
    /// The base URL as given (see ``Endpoint`` for the forms accepted).
    public var baseURL: String
    /// The API key, from the environment; never written anywhere.
    public var apiKey: String?
    /// The environment variable that holds the key, for messages.
    public var apiKeyEnv: String

    /// Creates options.
    public init(baseURL: String, apiKey: String?, apiKeyEnv: String) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.apiKeyEnv = apiKeyEnv
    }
}

/// Both optionals, or nil.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}

/// Runs a run's pending work against live servers.
public enum OnlineRun {
    /// Answers and judges every unfinished case of `context` and returns the sessions
    /// that could not finish. The HTTP client lives only inside this call and is shut
    /// down on every path. Without a `model` server (a rejudge) no generation request is
    /// sent: a turn without an answer is an error.
    public static func run(
        context: RunContext, model: ServerOptions?, judge: ServerOptions, timeout: Duration,
        retryPolicy: RetryPolicy, concurrency: Int, logger: Logger
    ) async throws -> [IncompleteSession] {
        let modelEndpoint = model.flatMap { Endpoint(baseURL: $0.baseURL) }
        if let model, modelEndpoint == nil {
            throw RunError.usage("--base-url \(model.baseURL) is not an http(s) URL")
        }
        guard let judgeEndpoint = Endpoint(baseURL: judge.baseURL) else {
            throw RunError.usage("--judge-base-url \(judge.baseURL) is not an http(s) URL")
        }
        var configuration = HTTPClient.Configuration()
        // Judging overlaps generation, so up to two requests per session are in flight.
        configuration.connectionPool = .init(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: max(8, concurrency * 2 + 2))
        configuration.timeout.connect = .seconds(10)
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let progress = context.progress
        let onRetry: @Sendable (HTTPFailure) -> Void = { _ in progress.retried() }
        let modelClient = zip(model, modelEndpoint).map { model, endpoint in
            OpenAIClient(
                http: http, endpoint: endpoint, apiKey: model.apiKey, apiKeyEnv: model.apiKeyEnv,
                timeout: timeout, retryPolicy: retryPolicy, logger: logger, onRetry: onRetry)
        }
        let judgeClient = OpenAIClient(
            http: http, endpoint: judgeEndpoint, apiKey: judge.apiKey, apiKeyEnv: judge.apiKeyEnv,
            timeout: timeout, retryPolicy: retryPolicy, logger: logger, onRetry: onRetry)
        let services = RunServices(
            generate: { request in
                guard let modelClient else {
                    throw RunError.usage("a rejudge sends no generation request, but a turn has no stored answer")
                }
                return try await modelClient.complete(request)
            },
            judge: { try await judgeClient.complete($0) })
        let scheduler = RunScheduler(context: context, services: services, concurrency: concurrency, logger: logger)
        do {
            let incomplete = try await scheduler.run()
            try await http.shutdown()
            return incomplete
        } catch {
            try? await http.shutdown()
            throw error
        }
    }
}
