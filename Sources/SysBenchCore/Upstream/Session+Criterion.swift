extension Upstream.Session {
    /// One checklist item, `{criteria_id, criteria_content, criteria_type}`.
    public struct Criterion: Sendable, Equatable {
        public var id: Int
        public var content: String
        public var type: ConstraintType

        /// Makes a criterion from its parts.
        public init(id: Int, content: String, type: ConstraintType) {
            self.id = id
            self.content = content
            self.type = type
        }
    }
}
