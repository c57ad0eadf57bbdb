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
    /// Checks that the model and judge servers answer at all (``ServerCheck``).
    public static func checkServers(model: ServerOptions?, judge: ServerOptions, logger: Logger) async throws {
        let (modelEndpoint, judgeEndpoint) = try endpoints(model: model, judge: judge)
        var quick = configuration(concurrency: 1)
        // The client retries a refused connection until this passes: keep it short.
        quick.timeout.connect = ServerCheck.connectTimeout
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: quick)
        do {
            try await check(http: http, model: zip(modelEndpoint, model), judge: (judgeEndpoint, judge), logger: logger)
            try await http.shutdown()
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    /// Answers and judges every unfinished case of `context` and returns the sessions
    /// that could not finish (check the servers first with ``checkServers(model:judge:logger:)``).
    /// Once `stop` fires no request is sent and the sessions in flight end unfinished.
    /// The HTTP client lives only inside this call and is shut down on every path.
    /// Without a `model` server (a rejudge) no generation request is sent: a turn
    /// without an answer is an error.
    public static func run(
        context: RunContext, model: ServerOptions?, judge: ServerOptions, timeout: Duration,
        retryPolicy: RetryPolicy, concurrency: Int, logger: Logger, stop: StopSignal = StopSignal()
    ) async throws -> [IncompleteSession] {
        let (modelEndpoint, judgeEndpoint) = try endpoints(model: model, judge: judge)
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration(concurrency: concurrency))
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
                try stop.check()
                guard let modelClient else {
                    throw RunError.usage("a rejudge sends no generation request, but a turn has no stored answer")
                }
                return try await modelClient.complete(request)
            },
            judge: { request in
                try stop.check()
                return try await judgeClient.complete(request)
            })
        var scheduler = RunScheduler(context: context, services: services, concurrency: concurrency, logger: logger)
        scheduler.stop = stop
        do {
            let incomplete = try await scheduler.run()
            try await http.shutdown()
            return incomplete
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    private static func endpoints(model: ServerOptions?, judge: ServerOptions) throws(RunError) -> (Endpoint?, Endpoint) {
        let modelEndpoint = model.flatMap { Endpoint(baseURL: $0.baseURL) }
        if let model, modelEndpoint == nil {
            throw RunError.usage("--base-url \(model.baseURL) is not an http(s) URL")
        }
        guard let judgeEndpoint = Endpoint(baseURL: judge.baseURL) else {
            throw RunError.usage("--judge-base-url \(judge.baseURL) is not an http(s) URL")
        }
        return (modelEndpoint, judgeEndpoint)
    }

    private static func configuration(concurrency: Int) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        // Judging overlaps generation, so up to two requests per session are in flight.
        configuration.connectionPool = .init(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: max(8, concurrency * 2 + 2))
        configuration.timeout.connect = .seconds(10)
        return configuration
    }

    private static func check(
        http: HTTPClient, model: (Endpoint, ServerOptions)?, judge: (Endpoint, ServerOptions), logger: Logger
    ) async throws(RunError) {
        if let model {
            try await ServerCheck.check(
                http: http, endpoint: model.0, apiKey: model.1.apiKey, role: "model", timeout: ServerCheck.timeout,
                logger: logger)
        }
        if model.map({ ServerCheck.modelsURL(judge.0) != ServerCheck.modelsURL($0.0) }) ?? true {
            try await ServerCheck.check(
                http: http, endpoint: judge.0, apiKey: judge.1.apiKey, role: "judge", timeout: ServerCheck.timeout, logger: logger)
        }
    }
}
