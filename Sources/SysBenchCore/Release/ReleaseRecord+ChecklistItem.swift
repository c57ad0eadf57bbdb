extension ReleaseRecord {
    /// One thing the verifier checks. Its id is its 1-based position in the turn.
    public struct ChecklistItem: Sendable, Equatable {
        public var id: Int
        public var type: ConstraintType
        public var text: String
        /// The id of the system constraint it checks, when linked.
        public var constraint: String?

        /// Makes an item from its parts.
        public init(id: Int, type: ConstraintType, text: String, constraint: String? = nil) {
            self.id = id
            self.type = type
            self.text = text
            self.constraint = constraint
        }
    }
}
