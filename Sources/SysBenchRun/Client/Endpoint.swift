import Foundation

/// Where chat completions are posted, derived from a user's base URL.
///
/// Servers document their base URL differently (`http://host:8000/v1`, `http://host:11434`,
/// `https://api.openai.com/v1/`), so the runner accepts all of these forms:
/// - trailing slashes are ignored;
/// - a URL already ending in `/chat/completions` is used as is;
/// - a URL with no path gets `/v1` (every supported server serves the API there);
/// - any other path is kept, and `/chat/completions` is appended.
import Foundation

public struct Endpoint: Sendable, Hashable {
    /// The full URL of the chat completions endpoint.
    public var chatCompletionsURL: String

    /// Normalises `baseURL`; nil when it is not an http(s) URL.
    public init?(baseURL: String) {
        let trimmed = baseURL.trimmingCharacters(in: .whitespaces)
        guard let separator = trimmed.range(of: "://"),
              ["http", "https"].contains(trimmed[..<separator.lowerBound].lowercased())
        else { return nil }
        let scheme = trimmed[..<separator.upperBound]
        var rest = String(trimmed[separator.upperBound...])
        while rest.hasSuffix("/") { rest.removeLast() }
        guard let host = rest.split(separator: "/").first, !host.isEmpty, !rest.hasPrefix("/") else { return nil }
        if rest.hasSuffix("/chat/completions") {
            chatCompletionsURL = scheme + rest
            return
        }
        if !rest.contains("/") { rest += "/v1" }
        chatCompletionsURL = scheme + rest + "/chat/completions"
    }
}
