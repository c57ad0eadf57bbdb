import SysBenchCore

/// One judged checklist item.
public struct ScoredItem: Sendable, Hashable {
    /// The item's id within its turn ("1", "2", … in SysBench data).
    public var id: String
    /// The constraint type, or nil when the input names none the taxonomy knows; such
    /// items still count in the totals.
    public var type: ConstraintType?
    /// The verdict scoring uses, normalised: the judge's, or the final verdict when
    /// the item carries a check (``check``).
    public var verdict: Verdict
    /// The item's deterministic check and the judge's own verdict, when it has one.
    public var check: ItemCheck?

    /// Creates an item.
    public init(id: String, type: ConstraintType?, verdict: Verdict, check: ItemCheck? = nil) {
        self.id = id
        self.type = type
        self.verdict = verdict
        self.check = check
    }
}

/// One judged turn of a session.
public struct ScoredTurn: Sendable, Hashable {
    /// The turn's 1-based position in its session.
    public var index: Int
    /// Whether the user's request agrees with the system message; nil when unknown
    /// (the turn then counts only in totals).
    public var alignment: Alignment?
    /// The checklist items with their verdicts.
    public var items: [ScoredItem]
    /// The judge gave no usable answer: the turn is never scored as pass or fail.
    public var judgeFailure: Bool

    /// Creates a turn.
    public init(index: Int, alignment: Alignment?, items: [ScoredItem], judgeFailure: Bool = false) {
        self.index = index
        self.alignment = alignment
        self.items = items
        self.judgeFailure = judgeFailure
    }
}

/// One session (a system message and its conversation) of a run.
public struct ScoredSession: Sendable, Hashable {
    /// The case id, when the input has one (results format).
    public var caseID: String?
    /// SysBench's `system_id`, when the input has one.
    public var systemID: Int?
    /// Parallel or dependent turns.
    public var mode: Mode
    /// The turns in conversation order.
    public var turns: [ScoredTurn]

    /// Creates a session.
    public init(caseID: String? = nil, systemID: Int? = nil, mode: Mode, turns: [ScoredTurn]) {
        self.caseID = caseID
        self.systemID = systemID
        self.mode = mode
        self.turns = turns
    }

    /// The key that matches this session with the same session of another run:
    /// the `system_id` when known (so a results run can be paired with a SysBench
    /// run), else the case id.
    public var pairingKey: String? {
        if let systemID { return "system_id:\(systemID)" }
        if let caseID { return "case:\(caseID)" }
        return nil
    }
}

/// A model's judged run, whatever file it came from.
public struct ScoredRun: Sendable, Hashable {
    /// The model's name (from the run, or the file name when the run has none).
    public var model: String
    /// Where the run was read from, for messages and reports.
    public var source: String
    /// The sessions in input order.
    public var sessions: [ScoredSession]
    /// What the reader noticed but scored anyway (a missing turn, a repeated line),
    /// for the CLI to print as warnings.
    public var warnings: [String] = []

    /// Creates a run.
    public init(model: String, source: String, sessions: [ScoredSession]) {
        self.model = model
        self.source = source
        self.sessions = sessions
    }
}
