import Foundation
import Testing
@testable import SysBenchRun

@Suite struct JournalTests {
    let answer = JournalEntry.answer(TurnKey(caseID: "a", turn: 1), content: "hi \"there\"\n", usage: TokenUsage(promptTokens: 3, completionTokens: 4))
    let judgment = JournalEntry.judgment(
        TurnKey(caseID: "a", turn: 1),
        Judgment(reason: "ok", verdicts: [.init(id: 1, verdict: "是")], failure: nil, attempts: 2, usage: nil))
    let failure = JournalEntry.judgment(
        TurnKey(caseID: "b", turn: 2), Judgment(reason: nil, verdicts: [], failure: "gave up", attempts: 4, usage: nil))
    let rejected = JournalEntry.judgeRejected(TurnKey(caseID: "b", turn: 2), attempt: 1, error: "unreadable", usage: nil)

    @Test func entriesRoundTrip() {
        for entry in [answer, judgment, failure, rejected] {
            #expect(JournalEntry(line: Data(entry.jsonLine.utf8)) == entry)
        }
    }

    @Test func tornLastLineIsDropped() throws {
        let good = answer.jsonLine + "\n" + judgment.jsonLine + "\n"
        let torn = good + String(failure.jsonLine.prefix(20))
        let recovery = try Journal.recover(Data(torn.utf8), path: "j")
        #expect(recovery.entries == [answer, judgment])
        #expect(recovery.droppedBytes == 20)
        // A complete but garbled last line (zeros after a crash) is dropped too.
        let garbled = try Journal.recover(Data((good + "\u{0}\u{0}\n").utf8), path: "j")
        #expect(garbled.entries.count == 2 && garbled.droppedBytes == 3)
    }

    @Test func damageBeforeGoodLinesIsAnError() {
        let text = answer.jsonLine + "\n{broken\n" + judgment.jsonLine + "\n"
        #expect(throws: RunError.runFolder(path: "j", message: "line 2 is not a journal entry")) {
            try Journal.recover(Data(text.utf8), path: "j")
        }
    }

    @Test func reopeningTruncatesTheTornTailBeforeAppending() async throws {
        let directory = Fixtures.temporaryDirectory()
        let path = directory + "/journal.jsonl"
        let (journal, _) = try Journal.open(path: path, syncEvery: 1)
        try journal.append(answer)
        journal.close()
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"kind":"answer","case":"a","tu"#.utf8))
        try handle.close()

        let (again, recovery) = try Journal.open(path: path)
        #expect(recovery.entries == [answer])
        #expect(recovery.droppedBytes > 0)
        try again.append(judgment)
        again.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == answer.jsonLine + "\n" + judgment.jsonLine + "\n")
    }

    @Test func stateKeepsTheFirstOfDuplicates() {
        let other = JournalEntry.answer(TurnKey(caseID: "a", turn: 1), content: "second", usage: nil)
        let state = JournalState([answer, other, rejected, failure, rejected])
        #expect(state.answers[TurnKey(caseID: "a", turn: 1)] == "hi \"there\"\n")
        #expect(state.rejected[TurnKey(caseID: "b", turn: 2)] == 1)
        #expect(state.modelUsage == TokenUsage(promptTokens: 3, completionTokens: 4))
    }
}
