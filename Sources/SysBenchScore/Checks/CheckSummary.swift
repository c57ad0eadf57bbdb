import SysBenchCore

/// One model's checks beside its judge (CHECKS.md, "Per model"): how often the two
/// disagree, how many verdicts the checks changed, and every checked item.
///
/// It counts the judged items of scored turns that carry a check: turns the policy
/// leaves unscored (judge failures) are left out, as they are from every metric.
public struct CheckSummary: Sendable, Hashable {
    /// One checked item.
    public struct Detail: Sendable, Hashable {
        /// The case id, when the run or the dataset it was rechecked with names it.
        public var caseID: String?
        /// SysBench's `system_id`, when known.
        public var systemID: Int?
        /// The 1-based turn.
        public var turn: Int
        /// The item's id (its 1-based position in the checklist).
        public var item: String
        /// The item's constraint type, when known.
        public var type: ConstraintType?
        /// The check's finding, with the judge's verdict.
        public var check: ItemCheck
        /// The final verdict.
        public var final: Verdict

        /// Whether judge and check disagree: the judge said yes and the check failed,
        /// or the judge said no and the check passed.
        public var disagrees: Bool {
            (check.judge == .yes && !check.passed) || (check.judge == .no && check.passed)
        }

        /// Whether the final verdict differs from the judge's.
        public var changed: Bool { final != check.judge }
    }

    /// The counts of some checked items.
    public struct Counts: Sendable, Hashable {
        /// Checked items.
        public var items = 0
        /// Items the judge said yes to whose check failed.
        public var judgeYesCheckNo = 0
        /// Items the judge said no to whose check passed.
        public var judgeNoCheckYes = 0
        /// Items whose final verdict differs from the judge's.
        public var changed = 0

        /// Zero counts.
        public init() {}

        mutating func add(_ detail: Detail) {
            items += 1
            if detail.check.judge == .yes, !detail.check.passed { judgeYesCheckNo += 1 }
            if detail.check.judge == .no, detail.check.passed { judgeNoCheckYes += 1 }
            if detail.changed { changed += 1 }
        }
    }

    /// The counts over every checked item.
    public var counts = Counts()
    /// The counts per constraint type; items of unknown type count only in ``counts``.
    public var byType: [ConstraintType: Counts] = [:]
    /// Every checked item, in input order.
    public var details: [Detail] = []

    /// Summarises the checks of `run` under `policy`; nil when no item of the run
    /// carries a check (the run shows no checks section).
    public init?(_ run: ScoredRun, policy: ScoringPolicy) {
        let hasChecks = run.sessions.contains { $0.turns.contains { $0.items.contains { $0.check != nil } } }
        guard hasChecks else { return nil }
        for session in run.sessions {
            for turn in session.turns where policy.outcome(of: turn) != .unscored {
                for item in turn.items {
                    guard let check = item.check else { continue }
                    let detail = Detail(
                        caseID: session.caseID, systemID: session.systemID, turn: turn.index, item: item.id,
                        type: item.type, check: check, final: item.verdict)
                    details.append(detail)
                    counts.add(detail)
                    if let type = item.type { byType[type, default: Counts()].add(detail) }
                }
            }
        }
    }
}
