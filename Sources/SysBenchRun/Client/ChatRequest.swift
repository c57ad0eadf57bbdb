import Foundation

/// The body of `POST /chat/completions`: only fields every OpenAI-compatible server
/// (OpenAI, vLLM, SGLang, llama.cpp, Ollama) understands; unset options are left out
/// so each server applies its own default.
public struct ChatRequest: Sendable, Hashable, Codable {
    /// The model name as the server knows it.
    public var model: String
    /// The conversation so far.
    public var messages: [ChatMessage]
    /// Sampling temperature.
    public var temperature: Double?
    /// Upper bound on generated tokens.
    public var maxTokens: Int?
    /// Sampling seed, for servers that honour it.
    public var seed: Int?

    /// Creates a request.
    public init(model: String, messages: [ChatMessage], temperature: Double? = nil, maxTokens: Int? = nil, seed: Int? = nil) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.seed = seed
    }

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, maxTokens = "max_tokens", seed
    }

    /// Deterministic JSON for the wire and batch files (sorted keys, slashes unescaped).
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail; an empty body would be refused by the server.
        return (try? encoder.encode(self)) ?? Data()
    }
}
