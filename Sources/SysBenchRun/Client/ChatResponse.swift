import Foundation

/// What the runner reads from a chat completion. Lenient on purpose: servers add
/// fields, and some (llama.cpp, older Ollama) leave out `usage`.
public struct ChatResponse: Sendable, Hashable, Decodable {
    /// The first choice's text; a null content reads as empty.
    public var content: String
    /// Token counts, when the server reports them.
    public var usage: TokenUsage?

    struct Choice: Decodable {
        struct Message: Decodable { var content: String? }
        var message: Message?
        var text: String?
    }

    enum CodingKeys: String, CodingKey { case choices, usage }

    /// Decodes `choices[0].message.content` (or a legacy `text`) and `usage`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let choices = try container.decode([Choice].self, forKey: .choices)
        guard let first = choices.first else {
            throw DecodingError.dataCorruptedError(forKey: .choices, in: container, debugDescription: "no choices")
        }
        content = first.message?.content ?? first.text ?? ""
        usage = try? container.decodeIfPresent(TokenUsage.self, forKey: .usage)
    }

    /// Creates a response directly.
    public init(content: String, usage: TokenUsage?) {
        self.content = content
        self.usage = usage
    }

    /// Decodes a response body, or says briefly why it could not.
    public static func decode(_ data: Data) -> Result<ChatResponse, HTTPFailure> {
        do {
            return .success(try JSONDecoder().decode(ChatResponse.self, from: data))
        } catch {
            return .failure(.unreadable("the server's reply is not a chat completion"))
        }
    }
}

/// Token counts of one or many requests.
public struct TokenUsage: Sendable, Hashable, Codable {
    /// Tokens sent.
    public var promptTokens: Int
    /// Tokens generated.
    public var completionTokens: Int

    /// Creates a count.
    public init(promptTokens: Int = 0, completionTokens: Int = 0) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    enum CodingKeys: String, CodingKey { case promptTokens = "prompt_tokens", completionTokens = "completion_tokens" }

    /// Decodes, treating missing counts as zero.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        promptTokens = (try? container.decodeIfPresent(Int.self, forKey: .promptTokens)) ?? 0
        completionTokens = (try? container.decodeIfPresent(Int.self, forKey: .completionTokens)) ?? 0
    }

    /// The sum of two counts.
    public static func + (lhs: TokenUsage, rhs: TokenUsage) -> TokenUsage {
        TokenUsage(promptTokens: lhs.promptTokens + rhs.promptTokens,
                   completionTokens: lhs.completionTokens + rhs.completionTokens)
    }
}
