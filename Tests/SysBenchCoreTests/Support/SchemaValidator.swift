import Foundation
@testable import SysBenchCore
import KitSupport

/// A JSON Schema (2020-12) validator for the subset `record.schema.json` uses: type,
/// required, properties, additionalProperties (false), items, enum, minimum, minLength,
/// minItems, pattern and local `$ref`s into `$defs`. Unknown keywords fail loudly so
/// the schema cannot outgrow the validator unnoticed.
struct SchemaValidator {
    let root: JSONValue

    private static let known: Set<String> = [
        "$schema", "$id", "$defs", "title", "description", "examples", "type", "required", "properties",
        "additionalProperties", "items", "enum", "minimum", "minLength", "minItems", "pattern", "$ref",
        "oneOf",
    ]

    /// Every problem with `value`, as `path: message`.
    func problems(_ value: JSONValue) -> [String] {
        var out: [String] = []
        check(value, against: root, at: "$", into: &out)
        return out
    }

    private func field(_ schema: JSONValue, _ key: String) -> JSONValue? {
        guard case .object(let pairs) = schema else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into out: inout [String]) {
        guard case .object(let pairs) = schema else { return out.append("\(path): schema is not an object") }
        for (key, _) in pairs where !Self.known.contains(key) {
            out.append("\(path): validator does not know keyword \(key)")
        }
        if case .string(let reference)? = field(schema, "$ref") {
            let name = String(reference.dropFirst("#/$defs/".count))
            guard let defs = field(root, "$defs"), let target = field(defs, name) else {
                return out.append("\(path): unresolved \(reference)")
            }
            check(value, against: target, at: path, into: &out)
        }
        if case .string(let type)? = field(schema, "type"), !Self.matches(value, type) {
            out.append("\(path): expected \(type)")
            return
        }
        if case .array(let options)? = field(schema, "enum"), !options.contains(value) {
            out.append("\(path): not one of the enum values")
        }
        if case .array(let alternatives)? = field(schema, "oneOf") {
            let fitting = alternatives.filter { alternative in
                var inner: [String] = []
                check(value, against: alternative, at: path, into: &inner)
                return inner.isEmpty
            }
            if fitting.count != 1 { out.append("\(path): fits \(fitting.count) of the oneOf alternatives, not exactly one") }
        }
        switch value {
        case .object(let members):
            if case .array(let required)? = field(schema, "required") {
                for case .string(let name) in required where !members.contains(where: { $0.0 == name }) {
                    out.append("\(path): missing \(name)")
                }
            }
            let properties = field(schema, "properties")
            for (name, member) in members {
                if let property = properties.flatMap({ field($0, name) }) {
                    check(member, against: property, at: "\(path).\(name)", into: &out)
                } else if field(schema, "additionalProperties") == .bool(false) {
                    out.append("\(path): unexpected \(name)")
                }
            }
        case .array(let items):
            if case .int(let minimum)? = field(schema, "minItems"), items.count < minimum {
                out.append("\(path): fewer than \(minimum) items")
            }
            if let itemSchema = field(schema, "items") {
                for (index, item) in items.enumerated() {
                    check(item, against: itemSchema, at: "\(path)[\(index)]", into: &out)
                }
            }
        case .string(let text):
            if case .int(let minimum)? = field(schema, "minLength"), text.unicodeScalars.count < minimum {
                out.append("\(path): shorter than \(minimum)")
            }
            if case .string(let pattern)? = field(schema, "pattern"),
               text.range(of: pattern, options: .regularExpression) == nil {
                out.append("\(path): does not match \(pattern)")
            }
        case .int(let number):
            if case .int(let minimum)? = field(schema, "minimum"), number < minimum {
                out.append("\(path): below \(minimum)")
            }
        default:
            break
        }
    }

    private static func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("integer", .int),
             ("boolean", .bool), ("null", .null), ("number", .int), ("number", .double):
            true
        default:
            false
        }
    }
}
