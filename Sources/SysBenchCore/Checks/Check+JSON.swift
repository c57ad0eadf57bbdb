import KitSupport
extension Check {
    /// The check as the release record holds it: the kind's key first, then a `count`'s
    /// bounds in the order more_than, at_least, less_than, at_most, equals.
    public var json: JSONValue {
        switch self {
        case .count(let unit, let bounds):
            return .object([("count", .string(unit.rawValue))] + bounds.entries.map { ($0.key, .int($0.value)) })
        case .contains(let list), .containsAny(let list), .excludes(let list):
            return .object([(kindName, .array(list.map(JSONValue.string)))])
        case .startsWith(let text), .endsWith(let text), .matches(let text):
            return .object([(kindName, .string(text))])
        case .json:
            return .object([("json", .bool(true))])
        }
    }

    /// Reads a check back from its record form.
    public init(json: JSONValue) throws(RecordError) {
        guard case .object(let pairs) = json else { throw RecordError("check: expected an object") }
        let kinds = pairs.filter { Check.kindNames.contains($0.0) }
        guard kinds.count == 1, let (name, value) = kinds.first else {
            throw RecordError("check: expected exactly one kind (\(Check.kindNames.joined(separator: ", ")))")
        }
        if let stray = pairs.first(where: { !Check.kindNames.contains($0.0) && (name != "count" || !CountBounds.keys.contains($0.0)) }) {
            throw RecordError("check: unexpected key '\(stray.0)'")
        }
        func text() throws(RecordError) -> String {
            guard case .string(let text) = value, !text.isEmpty else { throw RecordError("check: '\(name)' should be a non-empty string") }
            return text
        }
        func list() throws(RecordError) -> [String] {
            guard case .array(let items) = value, !items.isEmpty else { throw RecordError("check: '\(name)' should be a non-empty array") }
            var out: [String] = []
            for item in items {
                guard case .string(let text) = item, !text.isEmpty else { throw RecordError("check: '\(name)' should list non-empty strings") }
                out.append(text)
            }
            return out
        }
        switch name {
        case "count":
            guard let unit = CountUnit(rawValue: try text()) else { throw RecordError("check: unknown count unit") }
            var bounds = CountBounds()
            for (key, bound) in pairs where CountBounds.keys.contains(key) {
                guard case .int(let number) = bound, number >= 0 else { throw RecordError("check: '\(key)' should be a non-negative integer") }
                switch key {
                case "less_than": bounds.lessThan = number
                case "at_most": bounds.atMost = number
                case "more_than": bounds.moreThan = number
                case "at_least": bounds.atLeast = number
                default: bounds.equals = number
                }
            }
            guard !bounds.entries.isEmpty else { throw RecordError("check: 'count' needs a bound") }
            self = .count(unit, bounds)
        case "contains": self = .contains(try list())
        case "contains_any": self = .containsAny(try list())
        case "excludes": self = .excludes(try list())
        case "starts_with": self = .startsWith(try text())
        case "ends_with": self = .endsWith(try text())
        case "matches":
            // A hand-made record gets no pattern that `CheckDecoder` would refuse in a case file.
            let pattern = try text()
            if let hazard = CheckRegex.hazard(in: pattern) { throw RecordError("check: \(hazard)") }
            self = .matches(pattern)
        default:
            guard value == .bool(true) else { throw RecordError("check: 'json' should be true") }
            self = .json
        }
    }

    /// The check as one line of YAML flow, ready to paste after `check: `, such as
    /// `{count: chars, less_than: 400}`. Strings are written in double quotes.
    public var flowText: String {
        func quoted(_ text: String) -> String { JSONValue.string(text).compactText }
        switch self {
        case .count(let unit, let bounds):
            return "{count: \(unit.rawValue)" + bounds.entries.map { ", \($0.key): \($0.value)" }.joined() + "}"
        case .contains(let list), .containsAny(let list), .excludes(let list):
            return "{\(kindName): [" + list.map(quoted).joined(separator: ", ") + "]}"
        case .startsWith(let text), .endsWith(let text), .matches(let text):
            return "{\(kindName): \(quoted(text))}"
        case .json:
            return "{json: true}"
        }
    }
}
