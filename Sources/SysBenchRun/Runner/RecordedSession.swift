import SysBenchCore

/// What the journal holds for the turns of one case, copied out of the recorder's
/// state when the case's session starts.
///
/// A session keeps this slice rather than the whole ``JournalState``: a copy of the
/// state shares its dictionaries, so the recorder's next write had to copy them
/// whole, and every session in flight kept its own generation of them alive. Memory
/// grew with the journal times the concurrency (peak 90 MiB at 2,000 cases × 5 turns
/// and concurrency 16; 59 MiB with the slice), and the copying took time quadratic
/// in the run's size.
struct RecordedSession: Sendable, Hashable {
    /// The recorded answer of each turn (index 0 is turn 1), nil when unanswered.
    var answers: [String?]
    /// Whether each turn has a judgment.
    var judged: [Bool]
    /// Rejected judge replies of each turn.
    var rejected: [Int]
}

extension RecordedSession {
    /// The slice of `state` for the first `turns` turns of case `caseID`.
    init(caseID: String, turns: Int, state: JournalState) {
        let keys = (0..<turns).map { TurnKey(caseID: caseID, turn: $0 + 1) }
        answers = keys.map { state.answers[$0] }
        judged = keys.map { state.judgments[$0] != nil }
        rejected = keys.map { state.rejected[$0] ?? 0 }
    }
}

extension Recorder {
    /// What is recorded of `record`'s turns, without handing out the whole state.
    func recorded(_ record: ReleaseRecord) -> RecordedSession {
        RecordedSession(caseID: record.id, turns: record.turns.count, state: state)
    }
}
