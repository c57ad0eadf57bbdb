import Testing
@testable import SysBenchRun

@Suite struct RunProgressTests {
    static let key = TurnKey(caseID: "a", turn: 1)

    @Test func startsFromTheJournalAndCountsWhatIsRecorded() {
        // The journal already holds one failed judgment (usage 10 + 1).
        var state = JournalState()
        state.apply(.judgment(Self.key, Judgment(
            reason: nil, verdicts: [], failure: "gave up", attempts: 4, usage: TokenUsage(promptTokens: 10, completionTokens: 1))))
        let progress = RunProgress(total: 10, state: state, judgmentsDone: 1, answersDone: 2)
        let start = progress.snapshot()
        #expect(start.done == 3 && start.total == 10 && start.doneHere == 0)
        #expect(start.judgeFailures == 1)

        progress.recorded(.answer(Self.key, content: "x", usage: TokenUsage(promptTokens: 5, completionTokens: 7)))
        progress.recorded(.answer(Self.key, content: "y", usage: nil))
        progress.recorded(.judgment(Self.key, Judgment(
            reason: "ok", verdicts: [.init(id: 1, verdict: "是")], failure: nil, attempts: 1,
            usage: TokenUsage(promptTokens: 2, completionTokens: 3))))
        progress.recorded(.judgment(Self.key, Judgment(reason: nil, verdicts: [], failure: "bad", attempts: 4, usage: nil)))
        progress.recorded(.judgeRejected(Self.key, attempt: 1, error: "no JSON", usage: TokenUsage(promptTokens: 1, completionTokens: 1)))
        progress.retried()
        progress.retried()

        let now = progress.snapshot()
        // 3 from the journal + 2 answers + 2 judgments; a rejected reply is no progress.
        #expect(now.done == 7 && now.doneHere == 4 && now.total == 10)
        #expect(now.retries == 2 && now.rejectedJudgeReplies == 1 && now.judgeFailures == 2)
        #expect(now.modelUsage.promptTokens == 5 && now.modelUsage.completionTokens == 7)
        // Judge usage: 10 + 2 + 1 prompt, 1 + 3 + 1 completion.
        #expect(now.judgeUsage.promptTokens == 13 && now.judgeUsage.completionTokens == 5)
    }
}
