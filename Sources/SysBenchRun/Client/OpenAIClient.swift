import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Posts chat completions to one OpenAI-compatible endpoint, retrying transient
/// failures by its ``RetryPolicy``. It borrows an `HTTPClient` whose owner shuts it down.
public struct OpenAIClient: Sendable {
    /// The shared HTTP client (owned and shut down by the caller).
    public let http: HTTPClient
    /// Where requests go.
    public let endpoint: Endpoint
    /// Sent as `Authorization: Bearer`; never logged or written.
    let apiKey: String?
    /// The environment variable the key came from, named in a 401 message.
    public let apiKeyEnv: String
    /// Time one attempt may take.
    public let timeout: Duration
    /// When to try again.
    public let retryPolicy: RetryPolicy
    /// Where retries are logged (without bodies or keys).
    public let logger: Logger
    /// Told about every retry, for progress counters.
    public let onRetry: @Sendable (HTTPFailure) -> Void

    /// The largest reply body read; longer ones are a failure rather than unbounded memory.
    public static let maxBodyBytes = 32 * 1024 * 1024

    /// Creates a client.
    public init(
        http: HTTPClient, endpoint: Endpoint, apiKey: String?, apiKeyEnv: String, timeout: Duration,
        retryPolicy: RetryPolicy, logger: Logger, onRetry: @escaping @Sendable (HTTPFailure) -> Void = { _ in }
    ) {
        self.http = http
        self.endpoint = endpoint
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        self.apiKeyEnv = apiKeyEnv
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.logger = logger
        self.onRetry = onRetry
    }

    /// Sends `request`, retrying transient failures; throws ``RunError/request(_:)`` for
    /// failures retrying cannot fix and ``HTTPFailure`` once the attempts are spent.
    public func complete(_ request: ChatRequest) async throws -> ChatResponse {
        let body = request.encoded()
        var attempt = 1
        while true {
            let failure: HTTPFailure
            switch await attemptOnce(body) {
            case .success(let response): return response
            case .failure(let error): failure = error
            }
            switch retryPolicy.decide(after: failure, attempt: attempt, now: Date(), unit: Double.random(in: 0..<1)) {
            case .retry(let wait):
                logger.debug("retrying", metadata: ["attempt": "\(attempt)", "failure": "\(failure)", "model": "\(request.model)"])
                onRetry(failure)
                try await Task.sleep(for: wait)
                attempt += 1
            case .giveUp:
                if failure.isTransient { throw failure }
                throw RunError.request(explain(failure, model: request.model))
            }
        }
    }

    private func attemptOnce(_ body: Data) async -> Result<ChatResponse, HTTPFailure> {
        var request = HTTPClientRequest(url: endpoint.chatCompletionsURL)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        if let apiKey { request.headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        request.body = .bytes(ByteBuffer(bytes: body))
        let deadline = NIODeadline.now() + TimeAmount.nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000
            + timeout.components.attoseconds / 1_000_000_000)
        do {
            let response = try await http.execute(request, deadline: deadline, logger: logger)
            let bytes = try await response.body.collect(upTo: Self.maxBodyBytes)
            let data = Data(bytes.readableBytesView)
            guard (200..<300).contains(response.status.code) else {
                return .failure(.status(
                    code: Int(response.status.code), message: redact(Self.serverMessage(data)),
                    retryAfter: response.headers.first(name: "Retry-After")))
            }
            return ChatResponse.decode(data)
        } catch let error as HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .getConnectionFromPoolTimeout:
                return .failure(.timeout)
            default:
                return .failure(.connection(connectionText(error)))
            }
        } catch is CancellationError {
            return .failure(.connection(ConnectionFailureText.server(of: endpoint.chatCompletionsURL) + ": request cancelled"))
        } catch {
            return .failure(.connection(connectionText(error)))
        }
    }

    /// `http://host:port: Connection refused`: the server and the system's reason.
    private func connectionText(_ error: any Error) -> String {
        ConnectionFailureText.server(of: endpoint.chatCompletionsURL) + ": " + ConnectionFailureText.describe(error)
    }

    /// The `error.message` of an OpenAI-style error body, else the body's start.
    static func serverMessage(_ data: Data) -> String {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return message }
            if let message = object["error"] as? String { return message }
            if let message = object["message"] as? String { return message }
            if let detail = object["detail"] as? String { return detail }
        }
        let text = String(decoding: data.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text
    }

    /// Removes the key from server text, in case a server echoes it.
    private func redact(_ text: String) -> String {
        guard let apiKey, text.contains(apiKey) else { return text }
        return text.replacingOccurrences(of: apiKey, with: "***")
    }

    private func explain(_ failure: HTTPFailure, model: String) -> String {
        let at = endpoint.chatCompletionsURL
        if case .status(let code, let message, _) = failure {
            switch code {
            case 401:
                let key = apiKey == nil ? "no API key was sent (\(apiKeyEnv) is not set)" : "the API key in \(apiKeyEnv) was refused"
                // The server's own text is left out: OpenAI echoes part of the key in it.
                return "\(at): 401 unauthorized: \(key)"
            case 404:
                return "\(at): 404 not found for model \(model): check --base-url and the model name"
                    + (message.isEmpty ? "" : " (server: \(message))")
            default:
                return "\(at): \(failure) (model \(model))"
            }
        }
        return "\(at): \(failure) (model \(model))"
    }
}
