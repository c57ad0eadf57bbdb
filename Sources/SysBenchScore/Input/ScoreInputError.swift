import KitSupport
/// Why an input could not be scored, with where it happened.
public struct ScoreInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file or folder the problem is in.
    public var path: String
    /// The 1-based line, for line-oriented inputs (results JSONL).
    public var line: Int?
    /// What is wrong, in a sentence without a trailing period.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// The error as the CLI prints it: `path[:line]: error: message`.
    public var description: String {
        if let line { return "\(path):\(line): error: \(message)" }
        return "\(path): error: \(message)"
    }
}

extension DecodingError {
    /// A one-line explanation naming the JSON path, e.g. `missing "rounds_related" at [3]`.
    var scoreMessage: String {
        func render(_ path: [any CodingKey]) -> String {
            let text = path.map { key in
                key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)"
            }.joined()
            if text.isEmpty { return "the top level" }
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch self {
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(render(context.codingPath))"
        case .typeMismatch(let type, let context):
            return "expected \(Self.describe(type)) at \(render(context.codingPath))"
        case .valueNotFound(let type, let context):
            return "null where \(Self.describe(type)) is expected at \(render(context.codingPath))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(context.debugDescription) at \(render(context.codingPath))"
        @unknown default:
            return "could not decode the input"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}

extension ScoreInputError: ToolErrorConvertible {
    /// The error as values for the CLI to render.
    public var toolErrors: [ToolError] {
        [ToolError(file: path, line: line, message: message)]
    }
}
