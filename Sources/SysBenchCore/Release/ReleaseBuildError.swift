import KitSupport
/// Why `build` wrote nothing.
public enum ReleaseBuildError: Error, Sendable, CustomStringConvertible {
    /// The dataset folder, its `dataset.yaml` or a case file could not be read.
    case unreadable(String)
    /// A case file is not valid YAML or lacks what a record needs (when not linted).
    case invalidCase(path: String, message: String)
    /// The validator found this many errors.
    case lintErrors(Int)
    /// Two cases share an id, or an id does not follow its file name's order.
    case order(String)
    /// The output could not be written.
    case unwritable(String)

    public var description: String {
        switch self {
        case .unreadable(let message): message
        case .invalidCase(let path, let message): "\(path): \(message)"
        case .lintErrors(let count): "\(count) lint error\(count == 1 ? "" : "s"): nothing was built"
        case .order(let message): message
        case .unwritable(let message): message
        }
    }
}

extension ReleaseBuildError: ToolErrorConvertible {
    /// The error as values for the CLI to render.
    public var toolErrors: [ToolError] {
        switch self {
        case .invalidCase(let path, let message): [ToolError(file: path, message: message)]
        default: [ToolError(message: description)]
        }
    }
}
