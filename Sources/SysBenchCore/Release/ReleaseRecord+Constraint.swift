extension ReleaseRecord {
    /// A constraint the author marked in the system message.
    public struct Constraint: Sendable, Equatable {
        public var id: String
        public var type: ConstraintType
        /// The words of the system message that state it, verbatim.
        public var quote: String?
        /// A remark for authors and reviewers.
        public var note: String?

        /// Makes an annotation from its parts.
        public init(id: String, type: ConstraintType, quote: String? = nil, note: String? = nil) {
            self.id = id
            self.type = type
            self.quote = quote
            self.note = note
        }
    }
}
