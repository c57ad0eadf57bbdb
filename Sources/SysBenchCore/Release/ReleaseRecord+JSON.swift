import KitSupport
extension ReleaseRecord {
    /// The record as FORMAT.md §5 lays it out: keys in the documented order, optional
    /// fields left out when absent, `depends_on` always present.
    public var json: JSONValue {
        var top: [(String, JSONValue)] = [("id", .string(id))]
        if let systemID { top.append(("system_id", .int(systemID))) }
        if let language { top.append(("language", .string(language))) }
        top.append(("domain", .string(domain)))
        if let scene { top.append(("scene", .string(scene))) }
        top.append(("mode", .string(mode.rawValue)))
        var system: [(String, JSONValue)] = [("text", .string(systemText))]
        if !constraints.isEmpty {
            system.append(("constraints", .array(constraints.map(\.json))))
        }
        top.append(("system", .object(system)))
        top.append(("turns", .array(turns.map(\.json))))
        return .object(top)
    }

    /// Appends the record's compact JSON: the very bytes `JSONWriter` writes for `json`,
    /// without building that tree first. `build` writes every record this way; a test
    /// holds the two forms equal.
    public func writeJSON(into out: inout [UInt8]) {
        var object = CompactObject(&out)
        object.string("id", id, into: &out)
        if let systemID { object.int("system_id", systemID, into: &out) }
        if let language { object.string("language", language, into: &out) }
        object.string("domain", domain, into: &out)
        if let scene { object.string("scene", scene, into: &out) }
        object.string("mode", mode.rawValue, into: &out)
        object.key("system", into: &out)
        var system = CompactObject(&out)
        system.string("text", systemText, into: &out)
        if !constraints.isEmpty {
            system.key("constraints", into: &out)
            CompactObject.array(constraints, into: &out) { $0.writeJSON(into: &$1) }
        }
        system.close(&out)
        object.key("turns", into: &out)
        CompactObject.array(turns, into: &out) { $0.writeJSON(into: &$1) }
        object.close(&out)
    }

    /// Reads a record back from its JSON form.
    public init(json: JSONValue) throws(RecordError) {
        let fields = try JSONFields(json, "record")
        self.init(
            id: try fields.string("id"),
            systemID: try fields.optionalInt("system_id"),
            language: try fields.optionalString("language"),
            domain: try fields.string("domain"),
            scene: try fields.optionalString("scene"),
            mode: try fields.enumerated("mode", Mode.init(rawValue:)),
            systemText: try JSONFields(fields.required("system"), "system").string("text"),
            constraints: try JSONFields(fields.required("system"), "system").array("constraints", required: false)
                .map { (value) throws(RecordError) in try Constraint(json: value) },
            turns: try fields.array("turns").map { (value) throws(RecordError) in try Turn(json: value) })
    }
}

extension ReleaseRecord.Turn {
    /// The turn's JSON form, keys in the documented order.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("user", .string(user)),
            ("alignment", .string(alignment.rawValue)),
            ("depends_on", .array(dependsOn.map(JSONValue.string))),
            ("checklist", .array(checklist.map(\.json))),
        ]
        if let reference { pairs.append(("reference", .string(reference))) }
        return .object(pairs)
    }

    /// Appends the turn's compact JSON, as `JSONWriter` writes `json`.
    func writeJSON(into out: inout [UInt8]) {
        var object = CompactObject(&out)
        object.string("id", id, into: &out)
        object.string("user", user, into: &out)
        object.string("alignment", alignment.rawValue, into: &out)
        object.key("depends_on", into: &out)
        CompactObject.array(dependsOn, into: &out) { JSONWriter.writeString($0, into: &$1) }
        object.key("checklist", into: &out)
        CompactObject.array(checklist, into: &out) { $0.writeJSON(into: &$1) }
        if let reference { object.string("reference", reference, into: &out) }
        object.close(&out)
    }

    /// Reads a turn back from its JSON form.
    public init(json: JSONValue) throws(RecordError) {
        let fields = try JSONFields(json, "turn")
        self.init(
            id: try fields.string("id"),
            user: try fields.string("user"),
            alignment: try fields.enumerated("alignment", Alignment.init(rawValue:)),
            dependsOn: try fields.array("depends_on", required: false).map { (value) throws(RecordError) in
                guard case .string(let text) = value else { throw RecordError("turn: depends_on should list strings") }
                return text
            },
            checklist: try fields.array("checklist").map { (value) throws(RecordError) in
                try ReleaseRecord.ChecklistItem(json: value)
            },
            reference: try fields.optionalString("reference"))
    }
}

extension ReleaseRecord.ChecklistItem {
    /// The item's JSON form, keys in the documented order.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .int(id)), ("type", .string(type.rawValue)), ("text", .string(text))]
        if let constraint { pairs.append(("constraint", .string(constraint))) }
        if let check { pairs.append(("check", check.json)) }
        if writesVerify { pairs.append(("verify", .string(verify.rawValue))) }
        return .object(pairs)
    }

    /// Appends the item's compact JSON, as `JSONWriter` writes `json`.
    func writeJSON(into out: inout [UInt8]) {
        var object = CompactObject(&out)
        object.int("id", id, into: &out)
        object.string("type", type.rawValue, into: &out)
        object.string("text", text, into: &out)
        if let constraint { object.string("constraint", constraint, into: &out) }
        if let check {
            object.key("check", into: &out)
            JSONWriter.write(check.json, into: &out)
        }
        if writesVerify { object.string("verify", verify.rawValue, into: &out) }
        object.close(&out)
    }

    /// Reads an item back from its JSON form.
    public init(json: JSONValue) throws(RecordError) {
        let fields = try JSONFields(json, "checklist item")
        self.init(
            id: try fields.int("id"),
            type: try fields.enumerated("type", ConstraintType.init(rawValue:)),
            text: try fields.string("text"),
            constraint: try fields.optionalString("constraint"),
            check: try fields.optional("check").map { (value) throws(RecordError) in try Check(json: value) },
            verify: try fields.optionalString("verify").map { (text) throws(RecordError) in
                guard let verify = Verify(rawValue: text) else { throw RecordError("checklist item: unknown verify '\(text)'") }
                return verify
            })
    }
}

extension ReleaseRecord.Constraint {
    /// The annotation's JSON form, keys in the documented order.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(id)), ("type", .string(type.rawValue))]
        if let quote { pairs.append(("quote", .string(quote))) }
        if let note { pairs.append(("note", .string(note))) }
        return .object(pairs)
    }

    /// Appends the annotation's compact JSON, as `JSONWriter` writes `json`.
    func writeJSON(into out: inout [UInt8]) {
        var object = CompactObject(&out)
        object.string("id", id, into: &out)
        object.string("type", type.rawValue, into: &out)
        if let quote { object.string("quote", quote, into: &out) }
        if let note { object.string("note", note, into: &out) }
        object.close(&out)
    }

    /// Reads an annotation back from its JSON form.
    public init(json: JSONValue) throws(RecordError) {
        let fields = try JSONFields(json, "constraint")
        self.init(
            id: try fields.string("id"),
            type: try fields.enumerated("type", ConstraintType.init(rawValue:)),
            quote: try fields.optionalString("quote"),
            note: try fields.optionalString("note"))
    }
}

/// Writes one compact JSON object straight into bytes, field by field, the way
/// `JSONWriter` writes an `.object`. Every object written here has at least one field,
/// so `{}` never arises.
private struct CompactObject {
    private var first = true

    /// Opens the object.
    init(_ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
    }

    /// Writes the separator and `"name":`; the value follows. Names are the record's own
    /// keys, which need no escaping, so their bytes go out as they are.
    mutating func key(_ name: StaticString, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    mutating func string(_ name: StaticString, _ value: String, into out: inout [UInt8]) {
        key(name, into: &out)
        JSONWriter.writeString(value, into: &out)
    }

    mutating func int(_ name: StaticString, _ value: Int, into out: inout [UInt8]) {
        key(name, into: &out)
        out.append(contentsOf: String(value).utf8)
    }

    func close(_ out: inout [UInt8]) {
        out.append(UInt8(ascii: "}"))
    }

    /// Writes `items` as a JSON array, each by `write`.
    static func array<Item>(_ items: [Item], into out: inout [UInt8], _ write: (Item, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            write(item, &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
