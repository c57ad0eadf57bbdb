import KitSupport
/// Typed access to the fields of a JSON object, with errors that name the field.
struct JSONFields {
    let pairs: [(String, JSONValue)]
    let owner: String

    init(_ value: JSONValue, _ owner: String) throws(RecordError) {
        guard case .object(let pairs) = value else { throw RecordError("\(owner): expected an object") }
        self.pairs = pairs
        self.owner = owner
    }

    func optional(_ key: String) -> JSONValue? {
        guard let value = pairs.first(where: { $0.0 == key })?.1, value != .null else { return nil }
        return value
    }

    func required(_ key: String) throws(RecordError) -> JSONValue {
        guard let value = optional(key) else { throw RecordError("\(owner): missing '\(key)'") }
        return value
    }

    func string(_ key: String) throws(RecordError) -> String {
        guard case .string(let text) = try required(key) else { throw RecordError("\(owner): '\(key)' should be a string") }
        return text
    }

    func optionalString(_ key: String) throws(RecordError) -> String? {
        guard let value = optional(key) else { return nil }
        guard case .string(let text) = value else { throw RecordError("\(owner): '\(key)' should be a string") }
        return text
    }

    func int(_ key: String) throws(RecordError) -> Int {
        guard case .int(let number) = try required(key) else { throw RecordError("\(owner): '\(key)' should be an integer") }
        return number
    }

    func optionalInt(_ key: String) throws(RecordError) -> Int? {
        guard let value = optional(key) else { return nil }
        guard case .int(let number) = value else { throw RecordError("\(owner): '\(key)' should be an integer") }
        return number
    }

    func array(_ key: String, required: Bool = true) throws(RecordError) -> [JSONValue] {
        guard let value = optional(key) else {
            if required { throw RecordError("\(owner): missing '\(key)'") }
            return []
        }
        guard case .array(let items) = value else { throw RecordError("\(owner): '\(key)' should be an array") }
        return items
    }

    func enumerated<T>(_ key: String, _ make: (String) -> T?) throws(RecordError) -> T {
        let text = try string(key)
        guard let value = make(text) else { throw RecordError("\(owner): unknown \(key) '\(text)'") }
        return value
    }
}
