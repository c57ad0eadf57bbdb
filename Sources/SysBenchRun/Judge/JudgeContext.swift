import SysBenchCore

/// What a judge template sees (BRIEF "The runner"): the system message, the earlier
/// turns, the current user message and response, and the checklist.
public struct JudgeContext: Sendable, Hashable {
    /// One earlier turn.
    public struct HistoryTurn: Sendable, Hashable {
        /// 1-based position, as SysBench's `<round-N>` numbers them.
        public var index: Int
        /// The user message.
        public var user: String
        /// The assistant message the model saw (its own answer or the reference).
        public var assistant: String

        /// Creates a history turn.
        public init(index: Int, user: String, assistant: String) {
            self.index = index
            self.user = user
            self.assistant = assistant
        }
    }

    /// One checklist item.
    public struct Item: Sendable, Hashable {
        /// 1-based id.
        public var id: Int
        /// What to check.
        public var text: String
        /// The constraint type.
        public var type: ConstraintType

        /// Creates an item.
        public init(id: Int, text: String, type: ConstraintType) {
            self.id = id
            self.text = text
            self.type = type
        }
    }

    /// The system message.
    public var system: String
    /// Earlier turns, oldest first.
    public var history: [HistoryTurn]
    /// The current user message.
    public var user: String
    /// The model's answer being judged.
    public var response: String
    /// The turn's checklist.
    public var checklist: [Item]

    /// Creates a context.
    public init(system: String, history: [HistoryTurn], user: String, response: String, checklist: [Item]) {
        self.system = system
        self.history = history
        self.user = user
        self.response = response
        self.checklist = checklist
    }

    /// The Mustache view: `type` is the id (`action`), `type_label` the zh label (`动作约束`).
    var mustacheValue: [String: Any] {
        [
            "system": system,
            "user": user,
            "response": response,
            "history": history.map { ["index": $0.index, "user": $0.user, "assistant": $0.assistant] as [String: Any] },
            "checklist": checklist.map {
                ["id": $0.id, "text": $0.text, "type": $0.type.rawValue, "type_label": $0.type.zhLabel] as [String: Any]
            },
        ]
    }
}
