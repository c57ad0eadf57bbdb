extension ReleaseRecord {
    /// The record as FORMAT.md §5 lays it out: keys in the documented order, optional
    /// fields left out when absent, `depends_on` always present.
    public var json: JSONValue {
        var top: [(String, JSONValue)] = [("id", .string(id))]
        if let systemId { top.append(("system_id", .int(systemId))) }
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

    /// Reads a record back from its JSON form.
    public init(json: JSONValue) throws(RecordError) {
        let fields = try JSONFields(json, "record")
        self.init(
            id: try fields.string("id"),
            systemId: try fields.optionalInt("system_id"),
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
        return .object(pairs)
    }

    /// Reads an item back from its JSON form.
    public init(json: JSONValue) throws(RecordError) {
        let fields = try JSONFields(json, "checklist item")
        self.init(
            id: try fields.int("id"),
            type: try fields.enumerated("type", ConstraintType.init(rawValue:)),
            text: try fields.string("text"),
            constraint: try fields.optionalString("constraint"))
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
