extension Upstream {
    /// What an import of the SysBench release makes: records, the domains they use and
    /// notes for the user about what did not carry over as it was.
    public struct Import: Sendable {
        /// One record per session, in the release's order.
        public var records: [ReleaseRecord]
        /// The dataset description to write: language zh, the domains used, and the turn
        /// count when every session has the same.
        public var config: DatasetConfig
        /// Things worth telling the user (a null scene, a domain label not in the taxonomy …).
        public var notes: [String]

        /// Makes an import from its parts.
        public init(records: [ReleaseRecord], config: DatasetConfig, notes: [String]) {
            self.records = records
            self.config = config
            self.notes = notes
        }
    }
}
