public import YAMLSource

/// A value read from a case file together with the span it was read from, so every
/// diagnostic can point at the exact node.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var start: Mark
    public var end: Mark

    public init(_ value: Value, start: Mark, end: Mark) {
        self.value = value
        self.start = start
        self.end = end
    }

    /// Wraps a value read from `node`, taking the node's span.
    public init(_ value: Value, node: Node) {
        self.init(value, start: node.start, end: node.end)
    }
}

extension Located: Equatable where Value: Equatable {}
