/// One node of a loaded YAML document, with where it starts and ends in the source.
///
/// Mappings keep their keys in source order. Positions are left out of `==`, so two
/// trees compare equal when they hold the same data wherever it was written.
public struct Node: Sendable, Equatable {
    /// What the node holds.
    public enum Content: Sendable, Equatable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    /// A mapping entry. Keys are always scalars: the loader rejects complex keys.
    public struct Pair: Sendable, Equatable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    /// Where the node begins (its first character, or its anchor or tag if it had one).
    public var start: Mark
    /// Just past the node's last character.
    public var end: Mark

    public init(_ content: Content, start: Mark, end: Mark) {
        self.content = content
        self.start = start
        self.end = end
    }

    public static func == (lhs: Node, rhs: Node) -> Bool {
        lhs.content == rhs.content
    }
}

extension Node {
    /// The scalar this node holds, or nil for a collection.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items of a sequence node, or nil for anything else.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries of a mapping node, or nil for anything else.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value under `key` in a mapping node (nil when absent or not a mapping).
    public subscript(key: String) -> Node? {
        // Matches in place: going through `mapping` and `scalar` copied each pair and key.
        // By index and through the key's text alone: a `for pair in pairs` loop copied
        // every pair it passed (a retain and a release for each of its strings).
        guard case .mapping(let pairs) = content else { return nil }
        for index in pairs.indices where pairs[index].key.isScalar(withText: key) {
            return pairs[index].value
        }
        return nil
    }

    /// A word for the node's kind, for messages: "a scalar", "a sequence", "a mapping".
    /// Whether this is a scalar whose text is `text`.
    func isScalar(withText text: String) -> Bool {
        switch content {
        case .scalar(let scalar): scalar.text == text
        default: false
        }
    }

    public var kindDescription: String {
        switch content {
        case .scalar(let scalar): scalar.isNull ? "null" : "a scalar"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}
