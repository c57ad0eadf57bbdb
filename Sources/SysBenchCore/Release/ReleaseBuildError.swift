import KitSupport
import YAMLSource

/// Why `build` wrote nothing. Every case but ``lintErrors(_:)`` carries its place and
/// message as a ``ToolError`` value; the CLI renders it.
public enum ReleaseBuildError: Error, Sendable, CustomStringConvertible {
    /// The dataset folder, its `dataset.yaml` or a case file could not be read.
    case unreadable(ToolError)
    /// A case file (or `dataset.yaml`) is not valid YAML or lacks what a record needs (when not linted).
    case invalidCase(ToolError)
    /// The validator found this many errors.
    case lintErrors(Int)
    /// Two cases share an id, or an id does not follow its file name's order.
    case order(ToolError)
    /// The output could not be written.
    case unwritable(ToolError)

    /// The first YAML error of `file`, located at its mark.
    static func invalidYAML(_ error: YAMLLoadError, in file: String) -> ReleaseBuildError {
        guard let first = error.errors.first else { return .invalidCase(ToolError(file: file, message: "not valid YAML")) }
        return .invalidCase(ToolError(file: file, line: first.mark.line, column: first.mark.column, message: first.message))
    }

    /// `location: message`, without a severity (the CLI adds it).
    public var description: String {
        toolErrors.map(\.description).joined(separator: "\n")
    }
}

extension ReleaseBuildError: ToolErrorConvertible {
    /// The error as values for the CLI to render.
    public var toolErrors: [ToolError] {
        switch self {
        case .unreadable(let error), .invalidCase(let error), .order(let error), .unwritable(let error): [error]
        case .lintErrors(let count): [ToolError(message: "\(count) lint error\(count == 1 ? "" : "s"): nothing was built")]
        }
    }
}
