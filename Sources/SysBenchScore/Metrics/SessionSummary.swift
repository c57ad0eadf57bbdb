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

    /// Creates a summary from its parts.
    public init(
        key: String? = nil, satisfiedItems: Int, countedItems: Int,
        passedTurns: Int, scoredTurns: Int, leadingPasses: Int
    ) {
        self.key = key
        self.satisfiedItems = satisfiedItems
        self.countedItems = countedItems
        self.passedTurns = passedTurns
        self.scoredTurns = scoredTurns
        self.leadingPasses = leadingPasses
    }

    /// Summarises a session. Unscored turns (judge failures, or under `exclude` turns
    /// with nothing but `other` verdicts) are left out, and the leading run is counted
    /// over the turns that remain.
    public init(_ session: ScoredSession, policy: ScoringPolicy) {
        var satisfied = 0, counted = 0, passed = 0, scored = 0, leading = 0
        var stillLeading = true
        for turn in session.turns {
            let outcome = policy.outcome(of: turn)
            guard outcome != .unscored else { continue }
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
            passedTurns: passed, scoredTurns: scored, leadingPasses: leading)
    }

    /// Leading passes ÷ scored turns; nil for a session with no scored turn.
    public var leadingFraction: Double? {
        scoredTurns > 0 ? Double(leadingPasses) / Double(scoredTurns) : nil
    }
}
