/// A declarative description of the objects in case files and `dataset.yaml`.
///
/// The decoder reads values by these names, the linter's schema rules check the node
/// tree against them (missing, unknown and mistyped fields, empty text), and the
/// scaffolder writes every field they list. One description serves all three.
public final class ObjectSchema: Sendable {
    /// What the object is called in messages: "case", "turn", "checklist item" …
    public let name: String
    public let fields: [FieldSchema]

    public init(name: String, fields: [FieldSchema]) {
        self.name = name
        self.fields = fields
    }

    /// The field called `name`, if the object has one.
    public func field(_ name: String) -> FieldSchema? {
        fields.first { $0.name == name }
    }
}

/// One field of an object.
public struct FieldSchema: Sendable {
    /// The kinds of value a field takes.
    public enum Kind: Sendable {
        /// Any scalar, read as text.
        case text
        /// A plain decimal integer scalar.
        case integer
        /// A sequence of scalars.
        case textList
        /// A mapping described by a schema.
        case object(ObjectSchema)
        /// A sequence of mappings described by a schema.
        case list(ObjectSchema)
        /// A mapping whose keys are free and whose values are mappings described by a schema.
        case map(ObjectSchema)
        /// A deterministic check (CHECKS.md): its shape is `CheckDecoder`'s business and
        /// the `check-invalid` rule's, so the schema checker leaves it alone.
        case check
    }

    public let name: String
    public let kind: Kind
    public let required: Bool
    /// Text that must not be empty or only white space.
    public let nonEmpty: Bool
    /// One line for editors and the scaffold.
    public let summary: String

    public init(_ name: String, _ kind: Kind, required: Bool = false, nonEmpty: Bool = false, summary: String) {
        self.name = name
        self.kind = kind
        self.required = required
        self.nonEmpty = nonEmpty
        self.summary = summary
    }

    /// How the kind is described in "expected …" messages.
    public var kindDescription: String {
        switch kind {
        case .text: "text"
        case .integer: "a plain integer"
        case .textList: "a list of text"
        case .object(let schema): "a mapping (\(schema.name))"
        case .list(let schema): "a list of \(schema.name)s"
        case .map(let schema): "a mapping of names to \(schema.name)s"
        case .check: "a check mapping"
        }
    }
}
