/// A JSON value whose objects keep their keys in the order given, so every writer in
/// the toolkit emits keys in a documented, stable order.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A finite number; NaN and infinities are written as `null`.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value as compact JSON text: no spaces, UTF-8 as is.
    public var compactText: String {
        var out = ""
        JSONWriter.write(self, into: &out)
        return out
    }
}

extension JSONValue {
    /// A number when present, `null` when not.
    public static func number(_ value: Double?) -> JSONValue {
        value.map(JSONValue.double) ?? .null
    }
}
