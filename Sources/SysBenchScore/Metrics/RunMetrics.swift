import SysBenchCore

/// CSR, ISR and SSR of one run with their breakdowns, as BRIEF.md defines them.
public struct RunMetrics: Sendable, Hashable {
    /// CSR per constraint type (items of unknown type count only in ``csrTotal``).
    public var csr: [ConstraintType: Ratio] = [:]
    /// CSR over all items: micro average.
    public var csrTotal = Ratio.empty
    /// ISR by alignment over all turns.
    public var isr = AlignmentRates()
    /// ISR by mode and alignment.
    public var isrByMode: [Mode: AlignmentRates] = [:]
    /// ISR by turn position: element k-1 is turn k.
    public var isrByTurn: [Ratio] = []
    /// SSR and R_k by mode.
    public var ssrByMode: [Mode: StabilityRates] = [:]
    /// SSR over all sessions.
    public var ssrTotal = Ratio.empty
    /// Sizes of the run.
    public var counts = RunCounts()
    /// How the judge answered (its own verdicts, before any check decides).
    public var verdicts = VerdictTally()
    /// Per-session statistics, in input order, for intervals and comparison.
    public var sessions: [SessionSummary] = []

    /// Creates empty metrics.
    public init() {}

    /// Computes every metric of `run` under `policy`.
    public init(_ run: ScoredRun, policy: ScoringPolicy) {
        for type in ConstraintType.allCases { csr[type] = .empty }
        for mode in Mode.allCases {
            isrByMode[mode] = AlignmentRates()
            ssrByMode[mode] = StabilityRates()
        }
        counts.sessions = run.sessions.count
        for session in run.sessions {
            for turn in session.turns {
                if turn.judgeFailure {
                    counts.judgeFailures += 1
                    continue
                }
                counts.items += turn.items.count
                for item in turn.items {
                    verdicts.add(item.check?.judge ?? item.verdict)
                    guard policy.counts(item.verdict) else { continue }
                    let satisfied = policy.satisfies(item.verdict)
                    csrTotal.add(satisfied)
                    if let type = item.type { csr[type, default: .empty].add(satisfied) }
                }
                let outcome = policy.outcome(of: turn)
                guard outcome != .unscored else {
                    counts.unscoredTurns += 1
                    continue
                }
                counts.turns += 1
                let passed = outcome == .pass
                isr.add(passed, alignment: turn.alignment)
                isrByMode[session.mode, default: AlignmentRates()].add(passed, alignment: turn.alignment)
                while isrByTurn.count < turn.index { isrByTurn.append(.empty) }
                isrByTurn[turn.index - 1].add(passed)
            }
            let summary = SessionSummary(session, policy: policy)
            sessions.append(summary)
            ssrByMode[session.mode, default: StabilityRates()].add(summary)
            if let fraction = summary.leadingFraction {
                ssrTotal.numerator += fraction
                ssrTotal.denominator += 1
            }
        }
    }
}

/// Sizes of a run.
public struct RunCounts: Sendable, Hashable {
    /// Sessions read.
    public var sessions = 0
    /// Turns scored (judge failures and unscored turns left out).
    public var turns = 0
    /// Checklist items of the turns the judge answered.
    public var items = 0
    /// Turns the judge failed on: excluded from every metric.
    public var judgeFailures = 0
    /// Turns judged but left out by the policy (`exclude`: only `other` verdicts).
    public var unscoredTurns = 0

    /// Creates zero counts.
    public init() {}
}

/// How often the judge said what.
public struct VerdictTally: Sendable, Hashable {
    /// Items judged yes.
    public var yes = 0
    /// Items judged no.
    public var no = 0
    /// Other verdicts by their raw text.
    public var other: [String: Int] = [:]

    /// Creates an empty tally.
    public init() {}

    /// Other verdicts, most frequent first, ties by text.
    public var otherByFrequency: [(raw: String, count: Int)] {
        other.map { (raw: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.raw < $1.raw }
    }

    mutating func add(_ verdict: Verdict) {
        switch verdict {
        case .yes: yes += 1
        case .no: no += 1
        case .other(let raw): other[raw, default: 0] += 1
        }
    }
}
