import KitSupport

/// Why a lint could not run at all (exit code 2): a bad path, an unreadable file or a
/// `dataset.yaml` with errors, as located error values for the CLI to render.
public struct LintFailure: Error, Sendable, ToolErrorConvertible, CustomStringConvertible {
    /// What went wrong, in order.
    public var toolErrors: [ToolError]

    /// A failure made of error values.
    public init(_ errors: [ToolError]) {
        toolErrors = errors
    }

    /// A failure with one message and no place.
    public init(_ message: String) {
        toolErrors = [ToolError(message: message)]
    }

    /// One line per error, `place: message`.
    public var description: String {
        toolErrors.map(\.description).joined(separator: "\n")
    }
}
