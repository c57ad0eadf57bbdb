/// How verdicts other than yes and no are treated.
///
/// The paper's code counts only 是 as a satisfied item but fails a turn only on 否, so
/// an `other` verdict lowers CSR yet never fails a turn. ``sysbench`` reproduces that
/// asymmetry; the other two remove it in either direction.
public enum ScoringPolicy: String, CaseIterable, Sendable {
    /// The paper's rules: `other` is unsatisfied in CSR and does not fail a turn.
    case sysbench
    /// Anything but yes is unsatisfied and fails its turn.
    case strict
    /// `other` items are dropped from every denominator and never fail a turn; a turn
    /// whose items are all `other` is not scored at all.
    case exclude

    /// Whether an item counts towards CSR's numerator.
    public func satisfies(_ verdict: Verdict) -> Bool {
        verdict == .yes
    }

    /// Whether an item counts in CSR's denominator.
    public func counts(_ verdict: Verdict) -> Bool {
        self != .exclude || !verdict.isOther
    }

    /// Whether this item's verdict fails its turn.
    public func fails(_ verdict: Verdict) -> Bool {
        switch self {
        case .strict: verdict != .yes
        case .sysbench, .exclude: verdict == .no
        }
    }

    /// The turn's outcome for ISR and SSR.
    public func outcome(of turn: ScoredTurn) -> TurnOutcome {
        if turn.judgeFailure { return .unscored }
        if self == .exclude, !turn.items.isEmpty, turn.items.allSatisfy(\.verdict.isOther) {
            return .unscored
        }
        return turn.items.contains { fails($0.verdict) } ? .fail : .pass
    }
}

/// What a turn counts as in ISR and SSR.
public enum TurnOutcome: Sendable, Hashable {
    /// No item fails the turn.
    case pass
    /// Some item fails the turn.
    case fail
    /// The turn is left out of every metric (judge failure, or nothing left to judge).
    case unscored
}
