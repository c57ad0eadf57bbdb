extension ReleaseRecord {
    /// One user turn and what the verifier checks in the answer to it.
    public struct Turn: Sendable, Equatable {
        /// Unique in the case, such as `t1`.
        public var id: String
        /// The user's message.
        public var user: String
        public var alignment: Alignment
        /// Ids of earlier turns this one builds on; empty in parallel cases.
        public var dependsOn: [String]
        public var checklist: [ChecklistItem]
        /// A ground-truth answer; nil when absent or empty.
        public var reference: String?

        /// Makes a turn from its parts.
        public init(id: String, user: String, alignment: Alignment, dependsOn: [String] = [],
                    checklist: [ChecklistItem], reference: String? = nil) {
            self.id = id
            self.user = user
            self.alignment = alignment
            self.dependsOn = dependsOn
            self.checklist = checklist
            self.reference = reference
        }
    }
}
