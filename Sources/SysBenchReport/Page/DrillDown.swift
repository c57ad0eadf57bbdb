import SysBenchScore

/// Which turns of a run the drill-down shows: pure selection, apart from rendering.
public struct DrillDown: Sendable, Hashable {
    /// A turn's place in a run.
    public struct TurnRef: Sendable, Hashable {
        /// The session's offset in the run.
        public var session: Int
        /// The turn's offset in the session's turns.
        public var turn: Int
    }

    /// Failed turns (an item fails the turn under the policy), at most the limit.
    public var failed: [TurnRef]
    /// How many turns failed in all.
    public var failedTotal: Int
    /// Turns the judge failed on or with a non-binary verdict, at most the limit.
    public var unusual: [TurnRef]
    /// How many such turns there are in all.
    public var unusualTotal: Int

    /// Selects the turns of `run` in input order, keeping the first `limit` of each kind.
    public init(run: ScoredRun, policy: ScoringPolicy, limit: Int) {
        failed = []
        unusual = []
        failedTotal = 0
        unusualTotal = 0
        for (s, session) in run.sessions.enumerated() {
            for (t, turn) in session.turns.enumerated() {
                let ref = TurnRef(session: s, turn: t)
                if policy.outcome(of: turn) == .fail {
                    failedTotal += 1
                    if failed.count < limit { failed.append(ref) }
                }
                if turn.judgeFailure || turn.items.contains(where: \.verdict.isOther) {
                    unusualTotal += 1
                    if unusual.count < limit { unusual.append(ref) }
                }
            }
        }
    }
}
