import KitSupport

/// Why a file of people's labels (a `label.html` export or a Label Studio export) could not
/// be read, with the file it is in.
public struct LabelFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in.
    public var path: String
    /// What is wrong, in a sentence without a trailing period; names the first case involved.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The error as the CLI prints it: `path: error: message`.
    public var description: String { "\(path): error: \(message)" }
}

extension DecodingError {
    /// A one-line explanation naming the JSON path, e.g. `missing "turn" at labels[3]`.
    var labelFileMessage: String {
        func render(_ path: [any CodingKey]) -> String {
            let text = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            if text.isEmpty { return "the top level" }
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch self {
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(render(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "a value of the wrong kind at \(render(context.codingPath))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(context.debugDescription) at \(render(context.codingPath))"
        @unknown default:
            return "could not decode the file"
        }
    }
}

extension LabelFileError: ToolErrorConvertible {
    /// The error in the toolkit's one error voice.
    public var toolErrors: [ToolError] { [ToolError(file: path, message: message)] }
}
