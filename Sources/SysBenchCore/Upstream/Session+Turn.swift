extension Upstream.Session {
    /// One user turn: the user's text, the reference answer and its criteria.
    public struct Turn: Sendable, Equatable {
        public var user: String
        /// The assistant message after the user's; "" when there is no reference.
        public var assistant: String
        public var alignment: Alignment
        public var criteria: [Criterion]

        /// Makes a turn from its parts.
        public init(user: String, assistant: String, alignment: Alignment, criteria: [Criterion]) {
            self.user = user
            self.assistant = assistant
            self.alignment = alignment
            self.criteria = criteria
        }
    }
}
