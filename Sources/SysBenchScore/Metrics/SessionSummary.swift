/// A session's sufficient statistics under a policy: everything the headline metrics
/// need, so a bootstrap replicate is a sum over resampled sessions.
public struct SessionSummary: Sendable, Hashable {
    /// The key that pairs this session with the same session of another run.
    public var key: String?
    /// Items satisfied (CSR numerator).
    public var satisfiedItems: Int
    /// Items in CSR's denominator.
    public var countedItems: Int
    /// Scored turns that pass (ISR numerator).
    public var passedTurns: Int
    /// Scored turns (ISR denominator).
    public var scoredTurns: Int
    /// Passing turns before the first failing one, counted over scored turns.
    public var leadingPasses: Int
    /// Turns left unscored (judge failures; under `exclude`, turns of only `other` verdicts).
    public var unscoredTurns: Int

    /// Creates a summary from its parts.
    public init(
        key: String? = nil, satisfiedItems: Int, countedItems: Int,
        passedTurns: Int, scoredTurns: Int, leadingPasses: Int, unscoredTurns: Int = 0
    ) {
        self.key = key
        self.satisfiedItems = satisfiedItems
        self.countedItems = countedItems
        self.passedTurns = passedTurns
        self.scoredTurns = scoredTurns
        self.leadingPasses = leadingPasses
        self.unscoredTurns = unscoredTurns
    }

    /// Summarises a session. Unscored turns (judge failures, or under `exclude` turns
    /// with nothing but `other` verdicts) are left out of CSR and ISR; a session with
    /// one has no SSR, since whether its leading run goes on is unknown.
    public init(_ session: ScoredSession, policy: ScoringPolicy) {
        var satisfied = 0, counted = 0, passed = 0, scored = 0, leading = 0, unscored = 0
        var stillLeading = true
        for turn in session.turns {
            let outcome = policy.outcome(of: turn)
            guard outcome != .unscored else {
                unscored += 1
                continue
            }
            for item in turn.items where policy.counts(item.verdict) {
                counted += 1
                if policy.satisfies(item.verdict) { satisfied += 1 }
            }
            scored += 1
            if outcome == .pass {
                passed += 1
                if stillLeading { leading += 1 }
            } else {
                stillLeading = false
            }
        }
        self.init(
            key: session.pairingKey, satisfiedItems: satisfied, countedItems: counted,
            passedTurns: passed, scoredTurns: scored, leadingPasses: leading, unscoredTurns: unscored)
    }

    /// Leading passes ÷ turns; nil for a session with an unscored turn or no turn at
    /// all. Counting the leading run over the turns that remain would let a judge
    /// failure turn a break into a pass and make R_k rise with k.
    public var leadingFraction: Double? {
        unscoredTurns == 0 && scoredTurns > 0 ? Double(leadingPasses) / Double(scoredTurns) : nil
    }
}
