/// Why a lint could not run at all (exit code 2): a bad path, an unreadable file or a
/// `dataset.yaml` with errors. Its description is ready to print.
public struct LintFailure: Error, Sendable, CustomStringConvertible {
    /// One or more lines, each `path: …` or `path:line:col: error: …`.
    public var description: String

    /// Makes a failure with a printable description.
    public init(_ description: String) {
        self.description = description
    }
}
