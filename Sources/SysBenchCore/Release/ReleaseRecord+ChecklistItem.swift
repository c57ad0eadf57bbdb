extension ReleaseRecord {
    /// One thing the verifier checks. Its id is its 1-based position in the turn.
    public struct ChecklistItem: Sendable, Equatable {
        public var id: Int
        public var type: ConstraintType
        public var text: String
        /// The id of the system constraint it checks, when linked.
        public var constraint: String?
        /// A deterministic check of the answer (CHECKS.md), when the author declared one.
        public var check: Check?
        /// Who decides the item; resolved, so `judge` without a check and `both` with one
        /// unless the author said otherwise.
        public var verify: Verify

        /// Makes an item from its parts; `verify` defaults as CHECKS.md says.
        public init(id: Int, type: ConstraintType, text: String, constraint: String? = nil,
                    check: Check? = nil, verify: Verify? = nil) {
            self.id = id
            self.type = type
            self.text = text
            self.constraint = constraint
            self.check = check
            self.verify = verify ?? Verify.defaultValue(hasCheck: check != nil)
        }

        /// Whether the record writes `verify`: with a check, or when it differs from the
        /// default of an item without one. Records of datasets without checks are unchanged.
        public var writesVerify: Bool { check != nil || verify != .judge }
    }
}
