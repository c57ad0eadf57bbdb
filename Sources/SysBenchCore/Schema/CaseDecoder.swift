public import YAMLSource

/// Reads a `Case` out of a loaded node tree, leniently: whatever is missing or of the
/// wrong kind is left nil for the schema rules to report.
public enum CaseDecoder {
    /// Decodes the case held by `root` (normally a mapping).
    public static func decode(_ root: Node) -> Case {
        var result = Case(root: root)
        result.id = text(root["id"])
        result.systemID = integer(root["system_id"])
        result.language = text(root["language"])
        result.domain = text(root["domain"])
        result.scene = text(root["scene"])
        result.mode = text(root["mode"])
        if let node = root["system"], node.mapping != nil {
            result.system = system(node)
        }
        if let node = root["turns"] {
            result.turnsNode = node
            result.turns = (node.sequence ?? []).filter { $0.mapping != nil }.map(turn)
        }
        return result
    }

    private static func system(_ node: Node) -> SystemMessage {
        var result = SystemMessage(node: node)
        result.text = text(node["text"])
        result.constraints = mappings(node["constraints"]).map { item in
            var constraint = ConstraintAnnotation(node: item)
            constraint.id = text(item["id"])
            constraint.type = text(item["type"])
            constraint.quote = text(item["quote"])
            constraint.note = text(item["note"])
            return constraint
        }
        return result
    }

    private static func turn(_ node: Node) -> Turn {
        var result = Turn(node: node)
        result.id = text(node["id"])
        result.user = text(node["user"])
        result.alignment = text(node["alignment"])
        if let list = node["depends_on"] {
            result.dependsOnNode = list
            result.dependsOn = (list.sequence ?? []).compactMap(text)
        }
        result.checklistNode = node["checklist"]
        result.checklist = mappings(node["checklist"]).map { item in
            var entry = ChecklistItem(node: item)
            entry.type = text(item["type"])
            entry.text = text(item["text"])
            entry.constraint = text(item["constraint"])
            entry.check = item["check"]
            entry.verify = text(item["verify"])
            return entry
        }
        result.reference = text(node["reference"])
        return result
    }

    /// The mappings of a sequence node; other items are the schema rules' business.
    private static func mappings(_ node: Node?) -> [Node] {
        (node?.sequence ?? []).filter { $0.mapping != nil }
    }

    /// Any scalar as text. A YAML null (an empty value, `~`, `null`) reads as "" so the
    /// empty-text rule, not the missing-field rule, speaks of it.
    public static func text(_ node: Node?) -> Located<String>? {
        guard let node, let scalar = node.scalar else { return nil }
        return Located(scalar.isNull ? "" : scalar.text, node: node)
    }

    /// A plain decimal integer scalar, or nil.
    public static func integer(_ node: Node?) -> Located<Int>? {
        guard let node, let value = node.scalar?.plainInteger else { return nil }
        return Located(value, node: node)
    }
}
