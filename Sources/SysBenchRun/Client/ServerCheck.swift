import AsyncHTTPClient
import Logging
import NIOCore
import NIOHTTP1

/// The one cheap request a run sends before it starts: `GET …/models`. Any HTTP
/// answer, even 404 from a server without that route or 401, and even no answer in
/// time on an open connection, shows that something is listening; only a connection
/// that cannot be made stops the run, in seconds rather than after every session's
/// retries.
public enum ServerCheck {
    /// How long the check waits for a connection: a refused one is retried by the
    /// HTTP client until this passes, so it is what a dead server costs.
    public static let connectTimeout = TimeAmount.seconds(3)
    /// How long the check waits for an answer; a server that connected but has not
    /// answered by then passes (it is up, perhaps busy).
    public static let timeout = TimeAmount.seconds(10)

    /// The models URL beside a chat completions URL.
    public static func modelsURL(_ endpoint: Endpoint) -> String {
        let url = endpoint.chatCompletionsURL
        let suffix = "/chat/completions"
        return url.hasSuffix(suffix) ? String(url.dropLast(suffix.count)) + "/models" : url
    }

    /// Throws ``RunError/request(_:)`` naming `role` ("model", "judge") when no
    /// connection to `endpoint` can be made.
    public static func check(
        http: HTTPClient, endpoint: Endpoint, apiKey: String?, role: String, timeout: TimeAmount, logger: Logger
    ) async throws(RunError) {
        let url = modelsURL(endpoint)
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        if let apiKey, !apiKey.isEmpty { request.headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        let deadline = NIODeadline.now() + timeout
        do {
            let response = try await http.execute(request, deadline: deadline, logger: logger)
            _ = try? await response.body.collect(upTo: 1 << 20)
        } catch {
            let reason: String
            if let failure = error as? HTTPClientError, [.deadlineExceeded, .readTimeout].contains(failure) {
                // Connected but slow to answer: the server is up (perhaps busy); the run's
                // own timeouts and retries take it from here.
                return
            } else if let failure = error as? HTTPClientError, failure == .connectTimeout {
                reason = "no connection in \(connectTimeout.nanoseconds / 1_000_000_000) s"
            } else {
                reason = ConnectionFailureText.describe(error)
            }
            throw RunError.request(
                "cannot reach the \(role) server at \(ConnectionFailureText.server(of: url)) (\(reason)); "
                    + "is it running and is --\(role == "model" ? "" : "judge-")base-url right?")
        }
    }
}
