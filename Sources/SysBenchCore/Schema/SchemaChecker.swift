public import YAMLSource
import KitSupport

/// A place where a node tree departs from its schema.
public struct SchemaProblem: Sendable, Equatable {
    /// The kinds of departure; each has its own lint rule.
    public enum Kind: String, Sendable {
        case missingField, unknownField, wrongKind, emptyText
    }

    public var kind: Kind
    public var message: String
    public var mark: Mark

    public init(_ kind: Kind, _ message: String, at mark: Mark) {
        self.kind = kind
        self.message = message
        self.mark = mark
    }
}

/// Walks a node tree against an `ObjectSchema` and lists every missing, unknown or
/// mistyped field and every empty required text, in source order.
public enum SchemaChecker {
    /// Checks `node` as an object of `schema`.
    public static func check(_ node: Node, against schema: ObjectSchema) -> [SchemaProblem] {
        var problems: [SchemaProblem] = []
        checkObject(node, schema, into: &problems)
        return problems.sorted { $0.mark < $1.mark }
    }

    private static func checkObject(_ node: borrowing Node, _ schema: ObjectSchema, into problems: inout [SchemaProblem]) {
        guard let pairs = node.mapping else {
            problems.append(SchemaProblem(.wrongKind, "expected a mapping (\(schema.name)), found \(node.kindDescription)", at: node.start))
            return
        }
        // Which fields are present, noted on the way rather than searched for afterwards
        // (one bit a field: no schema has anywhere near 64).
        var present: UInt64 = 0
        // Fields an unknown key looks like a misspelling of: the typo is the one finding.
        var misspelt: Set<String> = []
        // By index: `for pair in pairs` copied each pair (a retain and a release a string).
        for pairIndex in pairs.indices {
            guard case .scalar(let keyScalar) = pairs[pairIndex].key.content else { continue }
            let key = keyScalar.text
            guard let index = schema.fields.firstIndex(where: { $0.name == key }) else {
                let known = schema.fields.map(\.name)
                var message = "unknown field '\(key)' in \(schema.name)"
                if let near = NearestName.find(key, among: known) {
                    message += "; did you mean '\(near)'?"
                    misspelt.insert(near)
                } else {
                    message += " (known: \(known.joined(separator: ", ")))"
                }
                problems.append(SchemaProblem(.unknownField, message, at: pairs[pairIndex].key.start))
                continue
            }
            if index < 64 { present |= 1 << UInt64(index) }
            checkValue(pairs[pairIndex].value, schema.fields[index], in: schema, into: &problems)
        }
        for (index, field) in schema.fields.enumerated() where field.required && !misspelt.contains(field.name) {
            let found = index < 64
                ? present & (1 << UInt64(index)) != 0
                : pairs.contains(where: { $0.key.scalar?.text == field.name })
            if !found {
                problems.append(SchemaProblem(.missingField, "\(schema.name) is missing required field '\(field.name)' (\(field.summary))", at: node.start))
            }
        }
    }

    private static func checkValue(_ value: borrowing Node, _ field: borrowing FieldSchema, in schema: ObjectSchema, into problems: inout [SchemaProblem]) {
        func wrongKind() {
            problems.append(SchemaProblem(.wrongKind, "'\(field.name)' should be \(field.kindDescription), found \(describe(value))", at: value.start))
        }
        switch field.kind {
        case .text:
            guard let scalar = value.scalar else { return wrongKind() }
            let text = scalar.isNull ? "" : scalar.text
            if field.nonEmpty, text.isBlank {
                problems.append(SchemaProblem(.emptyText, "'\(field.name)' of \(schema.name) is empty", at: value.start))
            }
        case .integer:
            guard value.scalar?.plainInteger != nil else { return wrongKind() }
        case .textList:
            guard let items = value.sequence else { return wrongKind() }
            for item in items where item.scalar == nil {
                problems.append(SchemaProblem(.wrongKind, "items of '\(field.name)' should be text, found \(item.kindDescription)", at: item.start))
            }
        case .object(let inner):
            checkObject(value, inner, into: &problems)
        case .list(let inner):
            guard let items = value.sequence else { return wrongKind() }
            for item in items { checkObject(item, inner, into: &problems) }
        case .map(let inner):
            guard let pairs = value.mapping else { return wrongKind() }
            for pair in pairs { checkObject(pair.value, inner, into: &problems) }
        case .check:
            return
        }
    }

    /// "a scalar" is vague for a wrong integer: quote the scalar itself.
    private static func describe(_ node: Node) -> String {
        guard let scalar = node.scalar, !scalar.isNull else { return node.kindDescription }
        let shown = scalar.text.count > 40 ? String(scalar.text.prefix(40)) + "…" : scalar.text
        return scalar.style == .plain ? "'\(shown)'" : "quoted '\(shown)'"
    }
}
