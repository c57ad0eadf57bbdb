import AsyncHTTPClient
import FakeOpenAI
import Foundation
import Logging
import Testing
@testable import SysBenchRun

@Suite struct OpenAIClientTests {
    let request = ChatRequest(model: "m", messages: [.system("s"), .user("u")], temperature: 0)

    /// Runs `body` with a client for `server`, shutting the HTTP client down on every path.
    func withClient<T: Sendable>(
        _ server: FakeOpenAIServer, apiKey: String? = nil, timeout: Duration = .seconds(5),
        policy: RetryPolicy = TestRun.fastRetry, _ body: (OpenAIClient) async throws -> T
    ) async throws -> T {
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let client = OpenAIClient(
            http: http, endpoint: try #require(Endpoint(baseURL: server.baseURL)), apiKey: apiKey, apiKeyEnv: "MY_KEY",
            timeout: timeout, retryPolicy: policy, logger: Logger(label: "test"))
        do {
            let result = try await body(client)
            try await http.shutdown()
            return result
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    @Test func sendsTheWireFormatAndBearerKey() async throws {
        try await FakeOpenAIServer.with(script: { request, _ in .completion("hello", model: request.model) }) { server in
            let response = try await withClient(server, apiKey: "sk-test-123") { try await $0.complete(request) }
            #expect(response.content == "hello")
            #expect(response.usage?.promptTokens == 10)
            let seen = await server.log.requests
            #expect(seen.count == 1)
            #expect(seen[0].path == "/v1/chat/completions")
            #expect(seen[0].authorization == "Bearer sk-test-123")
            #expect(String(decoding: seen[0].body, as: UTF8.self)
                == #"{"messages":[{"content":"s","role":"system"},{"content":"u","role":"user"}],"model":"m","temperature":0}"#)
        }
    }

    @Test func noKeyNoHeaderAndMissingUsageIsFine() async throws {
        try await FakeOpenAIServer.with(script: { request, _ in .completion("x", model: request.model, usage: false) }) { server in
            let response = try await withClient(server) { try await $0.complete(request) }
            #expect(response.usage == nil)
            #expect(await server.log.requests.first?.authorization == nil)
        }
    }

    @Test func retries429WithRetryAfter500DropsAndSlowReplies() async throws {
        let script: FakeOpenAIServer.Script = { request, occurrence in
            switch occurrence {
            case 1: .error(429, "rate limited", headers: [("Retry-After", "0.01")])
            case 2: .error(500, "boom")
            case 3: .drop(delay: .zero)
            case 4: .completion("late", model: request.model, delay: .seconds(2))
            default: .completion("ok", model: request.model)
            }
        }
        try await FakeOpenAIServer.with(script: script) { server in
            let retries = Counter()
            let http = HTTPClient(eventLoopGroupProvider: .singleton)
            let client = OpenAIClient(
                http: http, endpoint: try #require(Endpoint(baseURL: server.baseURL)), apiKey: nil, apiKeyEnv: "K",
                // Long enough that a loaded machine (parallel test suites, CI) answers the
                // quick replies in time; the slow reply still outlasts it.
                timeout: .seconds(1), retryPolicy: TestRun.fastRetry, logger: Logger(label: "t"),
                onRetry: { _ in retries.increment() })
            do {
                let response = try await client.complete(request)
                #expect(response.content == "ok")
                #expect(retries.value == 4)
                try await http.shutdown()
            } catch {
                try? await http.shutdown()
                throw error
            }
        }
    }

    @Test func unauthorizedNamesTheVariableAndNeverTheKey() async throws {
        let script: FakeOpenAIServer.Script = { request, _ in
            .error(401, "Incorrect API key provided: \(request.authorization ?? "")")
        }
        try await FakeOpenAIServer.with(script: script) { server in
            await #expect(throws: RunError.request(
                "\(server.baseURL)/chat/completions: 401 unauthorized: the API key in MY_KEY was refused")) {
                try await withClient(server, apiKey: "sk-secret-999") { try await $0.complete(request) }
            }
            await #expect(throws: RunError.request(
                "\(server.baseURL)/chat/completions: 401 unauthorized: no API key was sent (MY_KEY is not set)")) {
                try await withClient(server) { try await $0.complete(request) }
            }
            #expect(await server.log.requests.count == 2)  // not retried
        }
    }

    @Test func otherClientErrorsStopAtOnceWithTheServerMessage() async throws {
        try await FakeOpenAIServer.with(script: { _, _ in .error(400, "max_tokens is too large") }) { server in
            await #expect(throws: RunError.request(
                "\(server.baseURL)/chat/completions: HTTP 400: max_tokens is too large (model m)")) {
                try await withClient(server) { try await $0.complete(request) }
            }
            #expect(await server.log.requests.count == 1)
        }
    }

    @Test func persistentFailureGivesUpAfterTheAttempts() async throws {
        try await FakeOpenAIServer.with(script: { _, _ in .error(503, "overloaded") }) { server in
            await #expect(throws: HTTPFailure.status(code: 503, message: "overloaded", retryAfter: nil)) {
                try await withClient(server) { try await $0.complete(request) }
            }
            #expect(await server.log.requests.count == TestRun.fastRetry.maxAttempts)
        }
    }
}

/// A thread-safe counter for callbacks.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
