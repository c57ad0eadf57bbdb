/// An error as a value: where it is (a file, and in it a line and column when known)
/// and what is wrong, in one sentence without a severity prefix or a final period.
///
/// Libraries describe what went wrong with these (or with their own error types that
/// turn into them, ``ToolErrorConvertible``); only the command line renders them, in
/// one place, so every message reads the same way and carries one `error:`.
public struct ToolError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file or folder the problem is in; nil when it is in no file.
    public var file: String?
    /// The 1-based line in `file`.
    public var line: Int?
    /// The 1-based column on `line`.
    public var column: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The location as `file[:line[:column]]`, or nil when there is no file.
    public var location: String? {
        guard let file else { return nil }
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// `location: message`, or the message alone (no severity: the CLI adds it).
    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }
}

/// An error that can say what it is as one or more ``ToolError`` values.
public protocol ToolErrorConvertible: Error {
    /// The error as values, in the order they should be shown.
    var toolErrors: [ToolError] { get }
}

extension ToolError: ToolErrorConvertible {
    /// Itself.
    public var toolErrors: [ToolError] { [self] }
}
