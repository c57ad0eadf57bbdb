/// Turns one judge reply into journal entries. Pure, so the online runner and
/// `--batch-in` count attempts and give up identically.
public enum JudgeOutcome {
    /// The entries for reply number `attempt` (1-based) to `key`: a judgment when it
    /// reads; otherwise a rejection, plus a judge failure once `retries` retries are spent.
    public static func entries(
        key: TurnKey, reply: String, usage: TokenUsage?, expectedIDs: [Int], attempt: Int, retries: Int
    ) -> [JournalEntry] {
        switch JudgeReplyParser.parse(reply, expectedIDs: expectedIDs) {
        case .success(let parsed):
            return [.judgment(key, Judgment(
                reason: parsed.reason, verdicts: parsed.verdicts, failure: nil, attempts: attempt, usage: usage))]
        case .failure(let error):
            var out: [JournalEntry] = [.judgeRejected(key, attempt: attempt, error: error.description, usage: usage)]
            if attempt > retries {
                out.append(.judgment(key, Judgment(
                    reason: nil, verdicts: [], failure: "no usable reply in \(attempt) attempts: \(error)",
                    attempts: attempt, usage: nil)))
            }
            return out
        }
    }
}
