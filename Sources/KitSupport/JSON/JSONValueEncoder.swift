/// Turns an `Encodable` value into a ``JSONValue`` whose objects keep their keys in
/// the order `encode(to:)` wrote them, so Codable types go through ``JSONWriter``
/// like every other file the toolkit writes (fixed key order, the same bytes on every
/// machine) instead of through Foundation's `JSONEncoder`.
///
/// Supports what the toolkit's records use: keyed, unkeyed and single-value
/// containers of strings, booleans, integers, doubles, nulls and nested values.
/// `encodeIfPresent` leaves a key out when the value is nil; `encodeNil` writes null.
public enum JSONValueEncoder {
    /// The JSON value of `value`.
    public static func encode(_ value: some Encodable) throws -> JSONValue {
        let root = Box()
        try value.encode(to: TreeEncoder(box: root, codingPath: []))
        return root.value
    }

    /// The compact JSON text of `value` (one line, as JSONL wants it).
    public static func compactText(_ value: some Encodable) throws -> String {
        try encode(value).compactText
    }
}

/// A node under construction: a finished value, an object or an array of boxes.
private final class Box {
    enum Content {
        case value(JSONValue)
        case object([(String, Box)])
        case array([Box])
    }

    var content: Content = .value(.null)

    init() {}

    init(_ value: JSONValue) {
        content = .value(value)
    }

    var value: JSONValue {
        switch content {
        case .value(let value): value
        case .object(let pairs): .object(pairs.map { ($0.0, $0.1.value) })
        case .array(let boxes): .array(boxes.map(\.value))
        }
    }

    func child(forKey key: String) -> Box {
        var pairs: [(String, Box)] = []
        if case .object(let existing) = content { pairs = existing }
        if let found = pairs.first(where: { $0.0 == key }) { return found.1 }
        let box = Box()
        pairs.append((key, box))
        content = .object(pairs)
        return box
    }

    func appendChild() -> Box {
        var boxes: [Box] = []
        if case .array(let existing) = content { boxes = existing }
        let box = Box()
        boxes.append(box)
        content = .array(boxes)
        return box
    }

    func makeObject() {
        if case .object = content { return }
        content = .object([])
    }

    func makeArray() {
        if case .array = content { return }
        content = .array([])
    }
}

/// The primitive JSON value of `value`, when it is one.
private func primitive(_ value: some Encodable) -> JSONValue? {
    switch value {
    case let text as String: .string(text)
    case let flag as Bool: .bool(flag)
    case let number as Int: .int(number)
    case let number as Double: .double(number)
    default: nil
    }
}

/// Encodes `value` into `box`, writing primitives directly.
private func encodeValue(_ value: some Encodable, into box: Box, codingPath: [any CodingKey]) throws {
    if let json = primitive(value) {
        box.content = .value(json)
    } else {
        try value.encode(to: TreeEncoder(box: box, codingPath: codingPath))
    }
}

private struct TreeEncoder: Encoder {
    let box: Box
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        box.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        box.makeArray()
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(box: box, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: Box
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        box.child(forKey: key.stringValue).content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: box.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = box.child(forKey: key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = box.child(forKey: key.stringValue)
        child.makeArray()
        return UnkeyedContainer(box: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(box: box.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(box: box.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: Box
    let codingPath: [any CodingKey]

    var count: Int {
        if case .array(let boxes) = box.content { return boxes.count }
        return 0
    }

    mutating func encodeNil() throws {
        box.appendChild().content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: box.appendChild(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = box.appendChild()
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = box.appendChild()
        child.makeArray()
        return UnkeyedContainer(box: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(box: box.appendChild(), codingPath: codingPath)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let box: Box
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        box.content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: box, codingPath: codingPath)
    }
}
