import Foundation
import KitSupport
import SysBenchCore
import Testing
@testable import SysBenchScore

/// The optional check fields of a judged turn's items: old files without them still
/// read, new ones score with the final verdict.
@Suite struct JudgedTurnRecordChecksTests {
    private func read(_ line: String) throws -> ScoredRun {
        try ResultsReader.read(Data(line.utf8), path: "results.jsonl", fallbackModel: "m")
    }

    @Test func aRecordWithoutCheckFieldsScoresWithTheJudge() throws {
        let run = try read(#"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"format","verdict":"是"}]}"#)
        let item = try #require(run.sessions.first?.turns.first?.items.first)
        #expect(item.verdict == .yes)
        #expect(item.check == nil)
    }

    @Test func theFinalVerdictIsWhatScores() throws {
        let run = try read(#"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"format","verdict":"是","verify":"check","check":false,"value":512,"final":"否"},{"id":2,"type":"style","verdict":"否"}]}"#)
        let items = try #require(run.sessions.first?.turns.first?.items)
        #expect(items[0].verdict == .no)
        #expect(items[0].check == ItemCheck(judge: .yes, passed: false, value: 512, verify: .check))
        #expect(items[1].verdict == .no)
        #expect(items[1].check == nil)
        let metrics = RunMetrics(run, policy: .sysbench)
        #expect(metrics.csrTotal.numerator == 0)
        // The verdict tally is the judge's own.
        #expect(metrics.verdicts.yes == 1)
        #expect(metrics.verdicts.no == 1)
    }

    @Test func aMissingFinalIsWorkedOutFromVerify() throws {
        // both: a failing check gives 否; a passing one leaves the judge's verdict, non-binary included.
        let run = try read(#"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"format","verdict":"是","verify":"both","check":false},{"id":2,"type":"format","verdict":"不适用","verify":"both","check":true}]}"#)
        let items = try #require(run.sessions.first?.turns.first?.items)
        #expect(items[0].verdict == .no)
        #expect(items[1].verdict == .other("不适用"))
    }

    @Test func anUnknownVerifyIsAnErrorWithItsLine() throws {
        #expect(throws: ScoreInputError.self) {
            try read(#"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"format","verdict":"是","verify":"maybe","check":true}]}"#)
        }
    }

    @Test func checkFieldsRoundTripInTheirPlace() throws {
        let record = JudgedTurnRecord(
            caseID: "a", mode: .parallel, turn: 1, alignment: .aligned,
            items: [
                .init(id: 1, type: .format, verdictText: "是", text: "Under 5 words", verify: .check, checkPassed: false, value: 7, finalText: "否"),
                .init(id: 2, type: .content, verdictText: "否"),
            ])
        let text = try JSONValueEncoder.compactText(record)
        #expect(text.contains(#"{"id":1,"type":"format","verdict":"是","verify":"check","check":false,"value":7,"final":"否","text":"Under 5 words"}"#))
        #expect(text.contains(#"{"id":2,"type":"content","verdict":"否"}"#))
        let back = try JSONDecoder().decode(JudgedTurnRecord.self, from: Data(text.utf8))
        #expect(back == record)
    }
}
