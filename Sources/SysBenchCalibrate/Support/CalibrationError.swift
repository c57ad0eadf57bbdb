import KitSupport

/// Why calibration input could not be used, with where the problem is.
///
/// Errors about one item name it (`sysbench-085 turn 2 item 1`) so a person can find the
/// row; the CLI prints ``description`` and exits 2.
public struct CalibrationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file or folder the problem is in; nil for problems not tied to a file.
    public var path: String?
    /// The 1-based line, for line-oriented inputs (`items.csv`).
    public var line: Int?
    /// What is wrong, in a sentence without a trailing period.
    public var message: String

    /// Creates an error.
    public init(path: String? = nil, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// The error as the CLI prints it: `path[:line]: error: message`, or `error: message`.
    public var description: String {
        switch (path, line) {
        case let (path?, line?): "\(path):\(line): error: \(message)"
        case let (path?, nil): "\(path): error: \(message)"
        default: "error: \(message)"
        }
    }
}

extension CalibrationError: ToolErrorConvertible {
    /// The error in the toolkit's one error voice.
    public var toolErrors: [ToolError] { [ToolError(file: path, line: line, message: message)] }
}
