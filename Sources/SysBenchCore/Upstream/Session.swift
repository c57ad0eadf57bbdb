extension Upstream {
    /// One session of the SysBench release format (FORMAT.md §6): a system message and
    /// its conversation, as SysBench's own scripts read and write it.
    public struct Session: Sendable, Equatable {
        public var systemID: Int
        /// The zh domain label (`领域`).
        public var domainLabel: String
        /// `场景`; nil when the release has null.
        public var scene: String?
        public var roundsRelated: Bool
        public var systemPrompt: String
        public var turns: [Turn]

        /// Makes a session from its parts.
        public init(systemID: Int, domainLabel: String, scene: String?, roundsRelated: Bool, systemPrompt: String, turns: [Turn]) {
            self.systemID = systemID
            self.domainLabel = domainLabel
            self.scene = scene
            self.roundsRelated = roundsRelated
            self.systemPrompt = systemPrompt
            self.turns = turns
        }
    }
}
