/// Why one HTTP attempt failed, classified for the retry policy.
public enum HTTPFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The server answered with a non-2xx status; `message` is its error text,
    /// `retryAfter` the raw `Retry-After` header.
    case status(code: Int, message: String, retryAfter: String?)
    /// The per-request deadline passed.
    case timeout
    /// The connection could not be made or was dropped.
    case connection(String)
    /// The server answered 2xx with a body that is not a chat completion.
    case unreadable(String)

    /// Whether another attempt may succeed: 408, 409, 429, 5xx, timeouts, dropped
    /// connections and garbled bodies (proxies in front of vLLM sometimes cut them).
    public var isTransient: Bool {
        switch self {
        case .status(let code, _, _): return code == 408 || code == 409 || code == 429 || code >= 500
        case .timeout, .connection, .unreadable: return true
        }
    }

    /// A short text for logs and errors.
    public var description: String {
        switch self {
        case .status(let code, let message, _):
            return message.isEmpty ? "HTTP \(code)" : "HTTP \(code): \(message)"
        case .timeout: return "timed out"
        case .connection(let message): return "cannot connect to \(message)"
        case .unreadable(let message): return message
        }
    }
}
