import SysBenchCore

/// One case of a release JSONL file (FORMAT.md §5), as much as the runner needs.
///
/// This is the runner's own reader until SysBenchCore's release record type lands;
/// it decodes the documented keys and ignores any others.
public struct DatasetRecord: Sendable, Hashable, Decodable {
    /// The case id (a slug, unique in the dataset).
    public var id: String
    /// SysBench's system id, when the case has one.
    public var systemID: Int?
    /// The case language (`en`, `zh`, ...); nil means the default, English.
    public var language: String?
    /// Parallel or dependent turns.
    public var mode: Mode
    /// The system message.
    public var system: System
    /// The conversation, in order.
    public var turns: [Turn]

    /// The system message and its annotations (only the text is used here).
    public struct System: Sendable, Hashable, Decodable {
        /// The system message text sent as `role: system`.
        public var text: String
    }

    /// One user turn with its checklist.
    public struct Turn: Sendable, Hashable, Decodable {
        /// The turn id within the case.
        public var id: String
        /// The user message.
        public var user: String
        /// Whether the request agrees with the system message.
        public var alignment: Alignment
        /// What the judge checks, ids 1...n by position.
        public var checklist: [ChecklistItem]
        /// The reference answer; an empty one counts as absent.
        public var reference: String?

        enum CodingKeys: String, CodingKey { case id, user, alignment, checklist, reference }
    }

    /// One checklist item.
    public struct ChecklistItem: Sendable, Hashable, Decodable {
        /// The 1-based position in the turn's checklist.
        public var id: Int
        /// The constraint type.
        public var type: ConstraintType
        /// What the judge checks.
        public var text: String
    }

    enum CodingKeys: String, CodingKey {
        case id, systemID = "system_id", language, mode, system, turns
    }
}

extension DatasetRecord.Turn {
    /// The reference answer when it has any text.
    public var usableReference: String? {
        guard let reference, !reference.isEmpty else { return nil }
        return reference
    }
}
