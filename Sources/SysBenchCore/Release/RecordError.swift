/// Why a record could not be made or read: a field missing, of the wrong kind or with
/// an unknown value. The message names the field.
public struct RecordError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    /// Makes an error with its message.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
