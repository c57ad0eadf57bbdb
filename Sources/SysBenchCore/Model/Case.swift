public import YAMLSource

/// One case: a system message and the conversation that tests it, as read from a case file.
///
/// Decoding is lenient: a field that is missing or of the wrong kind is nil here, and
/// the linter's schema rules report it from the node tree. Enumerated fields keep the
/// raw text so a rule can name the unknown value; typed views sit beside them.
public struct Case: Sendable {
    public var id: Located<String>?
    public var systemID: Located<Int>?
    public var language: Located<String>?
    public var domain: Located<String>?
    public var scene: Located<String>?
    public var mode: Located<String>?
    public var system: SystemMessage?
    public var turns: [Turn]
    /// The node `turns:` was read from, when present.
    public var turnsNode: Node?
    /// The whole file's root node.
    public var root: Node

    public init(root: Node) {
        self.root = root
        self.turns = []
    }

    /// The mode, when it is one of the taxonomy's.
    public var typedMode: Mode? { mode.flatMap { Mode(rawValue: $0.value) } }
}

/// The system message and its constraint annotations.
public struct SystemMessage: Sendable {
    public var text: Located<String>?
    public var constraints: [ConstraintAnnotation]
    public var node: Node

    public init(node: Node) {
        self.node = node
        self.constraints = []
    }
}

/// A constraint the author marked in the system message.
public struct ConstraintAnnotation: Sendable {
    public var id: Located<String>?
    public var type: Located<String>?
    public var quote: Located<String>?
    public var note: Located<String>?
    public var node: Node

    public init(node: Node) {
        self.node = node
    }

    /// The type, when it is one of the six.
    public var typedType: ConstraintType? { type.flatMap { ConstraintType(rawValue: $0.value) } }
}

/// One user turn with what the verifier checks for it.
public struct Turn: Sendable {
    public var id: Located<String>?
    public var user: Located<String>?
    public var alignment: Located<String>?
    /// The ids listed under `depends_on`; nil when the field is absent.
    public var dependsOn: [Located<String>]?
    public var dependsOnNode: Node?
    public var checklist: [ChecklistItem]
    public var checklistNode: Node?
    public var reference: Located<String>?
    public var node: Node

    public init(node: Node) {
        self.node = node
        self.checklist = []
    }

    /// The alignment, when it is one of the two.
    public var typedAlignment: Alignment? { alignment.flatMap { Alignment(rawValue: $0.value) } }
}

/// One thing the verifier checks in a turn's answer. Its id is its 1-based position.
public struct ChecklistItem: Sendable {
    public var type: Located<String>?
    public var text: Located<String>?
    public var constraint: Located<String>?
    /// The `check:` node, read by `CheckDecoder` (CHECKS.md); nil when absent.
    public var check: Node?
    /// The raw `verify:` value; nil when absent.
    public var verify: Located<String>?
    public var node: Node

    public init(node: Node) {
        self.node = node
    }

    /// The type, when it is one of the six.
    public var typedType: ConstraintType? { type.flatMap { ConstraintType(rawValue: $0.value) } }
}
