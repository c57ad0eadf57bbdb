import KitSupport
/// Why a run cannot start or had to stop. Rendered once, by ``description``.
public enum RunError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The release file (JSONL) is unreadable or a line is not a release record.
    case releaseFile(path: String, line: Int?, column: Int? = nil, message: String)
    /// The run folder belongs to a different run; `differences` name what changed.
    case manifestMismatch(differences: [String])
    /// The run folder cannot be used (unreadable journal, unwritable folder...).
    case runFolder(path: String, message: String)
    /// The judge template at `path` (or a built-in's name) does not parse or cannot be read.
    case template(path: String, message: String)
    /// The server refused a request in a way retrying cannot fix.
    case request(String)
    /// A batch output file could not be read back.
    case batch(path: String, line: Int?, message: String)
    /// Bad combination of options.
    case usage(String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .releaseFile(let path, let line, let column, let message):
            return ToolError(file: path, line: line, column: column, message: message).description
        case .manifestMismatch(let differences):
            return "the run folder was started with different settings (\(differences.joined(separator: "; "))); "
                + "use the same ones to resume, another --out, or --force-new to start over"
        case .runFolder(let path, let message):
            return "\(path): \(message)"
        case .template(let path, let message):
            return "\(path): \(message)"
        case .request(let message):
            return message
        case .batch(let path, let line, let message):
            return "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .usage(let message):
            return message
        }
    }
}

extension RunError: ToolErrorConvertible {
    /// The error as values for the CLI to render.
    public var toolErrors: [ToolError] {
        switch self {
        case .releaseFile(let path, let line, let column, let message):
            [ToolError(file: path, line: line, column: column, message: message)]
        case .batch(let path, let line, let message):
            [ToolError(file: path, line: line, message: message)]
        case .template(let path, let message):
            [ToolError(file: path, message: message)]
        case .runFolder(let path, let message):
            [ToolError(file: path, message: message)]
        default:
            [ToolError(message: description)]
        }
    }
}
