/// Why the emitter stopped: events out of order, or libyaml out of memory.
public struct YAMLEmitterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libyaml's problem text, with what was being done.
    public var message: String

    /// Makes an error with its message.
    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
