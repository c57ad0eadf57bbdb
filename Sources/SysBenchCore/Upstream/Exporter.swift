import KitSupport
extension Upstream {
    /// Turns records back into the SysBench release format, readable by SysBench's own
    /// scripts and laid out like its release file (Python's `indent=2`,
    /// `ensure_ascii=False`, no final line break), so an import followed by an export
    /// reproduces the original bytes.
    public enum Exporter {
        /// Why an export stopped: a message about the records (which are in no one file).
        public typealias Failure = ToolError

        /// Sessions for `records`, sorted by `system_id`, with notes for the user.
        ///
        /// `domainLabels` maps slugs to zh labels (from `dataset.yaml`); SysBench's 22 are
        /// the fallback, and a slug known to neither is written as it is (noted). A record
        /// without a `system_id` gets the next number after the largest in use (noted).
        /// Turn dependencies do not carry over: SysBench only knows `rounds_related`.
        public static func sessions(_ records: [ReleaseRecord], domainLabels: [String: String]) throws(Failure)
            -> (sessions: [Upstream.Session], notes: [String])
        {
            var notes: [String] = []
            var labels = Dictionary(Domain.sysbench.map { ($0.id, $0.zhLabel) }, uniquingKeysWith: { first, _ in first })
            labels.merge(domainLabels) { _, given in given }
            var nextId = (records.compactMap(\.systemID).max() ?? 0) + 1
            var sessions: [Upstream.Session] = []
            for record in records {
                let systemID: Int
                if let given = record.systemID {
                    systemID = given
                } else {
                    systemID = nextId
                    nextId += 1
                    notes.append("\(record.id): no system_id; exported as \(systemID)")
                }
                let label: String
                if let known = labels[record.domain] {
                    label = known
                } else {
                    label = record.domain
                    notes.append("\(record.id): domain '\(record.domain)' has no zh label; written as it is")
                }
                var seen = Set<String>()
                for turn in record.turns where !seen.insert(turn.user).inserted {
                    throw Failure(message: "\(record.id): two turns share the user message '\(turn.user.prefix(40))', which SysBench uses as a key")
                }
                let turns = record.turns.map { turn in
                    Upstream.Session.Turn(
                        user: turn.user,
                        assistant: turn.reference ?? "",
                        alignment: turn.alignment,
                        criteria: turn.checklist.map { Upstream.Session.Criterion(id: $0.id, content: $0.text, type: $0.type) })
                }
                sessions.append(Upstream.Session(
                    systemID: systemID, domainLabel: label, scene: record.scene,
                    roundsRelated: record.mode.roundsRelated, systemPrompt: record.systemText, turns: turns))
            }
            var ids = Set<Int>()
            for session in sessions where !ids.insert(session.systemID).inserted {
                throw Failure(message: "system_id \(session.systemID) is used by more than one case")
            }
            sessions.sort { $0.systemID < $1.systemID }
            return (sessions, notes)
        }

        /// The release file's text.
        public static func text(_ sessions: [Upstream.Session]) -> String {
            JSONWriter.write(.array(sessions.map(\.json)), indent: 2)
        }
    }
}
