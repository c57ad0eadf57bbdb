import Foundation

/// A request the fake server received.
public struct FakeRequest: Sendable {
    /// The request path, e.g. `/v1/chat/completions`.
    public var path: String
    /// The `Authorization` header, if any.
    public var authorization: String?
    /// The raw body.
    public var body: Data
    /// `model` from the body.
    public var model: String
    /// `messages` from the body as (role, content).
    public var messages: [(role: String, content: String)]

    /// Parses what it can of an OpenAI chat request body.
    public init(path: String, authorization: String?, body: Data) {
        self.path = path
        self.authorization = authorization
        self.body = body
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        model = object["model"] as? String ?? ""
        messages = (object["messages"] as? [[String: Any]] ?? []).map {
            (role: $0["role"] as? String ?? "", content: $0["content"] as? String ?? "")
        }
    }

    /// A stable hash of the body, to script per-request faults.
    public var bodyHash: String { FakeModels.hash(String(decoding: body, as: UTF8.self)) }
}

/// What the fake server does with a request.
public enum FakeAction: Sendable {
    /// Answer with a status, headers and body after `delay`.
    case reply(status: Int, headers: [(String, String)], body: String, delay: Duration)
    /// Close the connection without answering, after `delay`.
    case drop(delay: Duration)

    /// A 200 chat completion with `content`.
    public static func completion(_ content: String, model: String, delay: Duration = .zero, usage: Bool = true) -> FakeAction {
        var object: [String: Any] = [
            "id": "chatcmpl-fake", "object": "chat.completion", "model": model, "created": 0,
            "choices": [["index": 0, "finish_reason": "stop", "message": ["role": "assistant", "content": content]]],
            "system_fingerprint": "fake",
        ]
        if usage {
            object["usage"] = ["prompt_tokens": 10, "completion_tokens": content.count / 4 + 1, "total_tokens": 11]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return .reply(status: 200, headers: [("Content-Type", "application/json")], body: String(decoding: data, as: UTF8.self), delay: delay)
    }

    /// An OpenAI-style error reply.
    public static func error(_ status: Int, _ message: String, headers: [(String, String)] = [], delay: Duration = .zero) -> FakeAction {
        let data = (try? JSONSerialization.data(withJSONObject: ["error": ["message": message, "type": "fake"]])) ?? Data()
        return .reply(status: status, headers: [("Content-Type", "application/json")] + headers,
                      body: String(decoding: data, as: UTF8.self), delay: delay)
    }
}
