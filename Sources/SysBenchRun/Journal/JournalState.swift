/// What the journal says has been done, rebuilt by replaying its entries.
///
/// The first answer or judgment of a turn wins: later duplicates (a batch file read
/// twice, a request repeated after a crash) are ignored, so replay is deterministic.
public struct JournalState: Sendable {
    /// Answers by turn.
    public private(set) var answers: [TurnKey: String] = [:]
    /// Judgments by turn.
    public private(set) var judgments: [TurnKey: Judgment] = [:]
    /// Rejected judge replies by turn.
    public private(set) var rejected: [TurnKey: Int] = [:]
    /// Tokens of every recorded request, model and judge apart.
    public private(set) var modelUsage = TokenUsage()
    /// Tokens spent on judging (accepted and rejected replies).
    public private(set) var judgeUsage = TokenUsage()

    /// An empty state.
    public init() {}

    /// Replays `entries` in order.
    public init(_ entries: [JournalEntry]) {
        for entry in entries { apply(entry) }
    }

    /// Whether `entry` adds anything (false for a duplicate).
    public func isNew(_ entry: JournalEntry) -> Bool {
        switch entry {
        case .answer(let key, _, _): answers[key] == nil
        case .judgment(let key, _): judgments[key] == nil
        case .judgeRejected(let key, _, _, _): judgments[key] == nil
        }
    }

    /// Applies one entry.
    public mutating func apply(_ entry: JournalEntry) {
        guard isNew(entry) else { return }
        switch entry {
        case .answer(let key, let content, let usage):
            answers[key] = content
            modelUsage = modelUsage + (usage ?? TokenUsage())
        case .judgment(let key, let judgment):
            judgments[key] = judgment
            judgeUsage = judgeUsage + (judgment.usage ?? TokenUsage())
        case .judgeRejected(let key, _, _, let usage):
            rejected[key, default: 0] += 1
            judgeUsage = judgeUsage + (usage ?? TokenUsage())
        }
    }
}
