import Foundation
import SysBenchCore
import SysBenchScore
import Testing
@testable import SysBenchRun

/// Ties the runner's writer of judged turns to the scorer's reader: what `run`
/// writes, `score` and `report` read back field for field.
@Suite struct ResultsRoundTripTests {
    /// A state with every fixture turn answered and judged, one turn a judge failure.
    static func judgedState(cases: [ReleaseRecord]) -> JournalState {
        var state = JournalState()
        for record in cases {
            for (offset, turn) in record.turns.enumerated() {
                let key = TurnKey(caseID: record.id, turn: offset + 1)
                state.apply(.answer(key, content: "answer \(key)", usage: nil))
                let failed = record.id == "beta-tutor" && offset == 1
                let verdicts = turn.checklist.map { Judgment.Verdict(id: $0.id, verdict: $0.id == 1 ? "是" : "no") }
                state.apply(.judgment(key, Judgment(
                    reason: failed ? nil : "reason \(key)", verdicts: failed ? [] : verdicts,
                    failure: failed ? "no JSON in the reply" : nil, attempts: 1, usage: nil)))
            }
        }
        return state
    }

    @Test func whatTheRunnerWritesTheScorerReadsBack() throws {
        let cases = try Fixtures.release().cases
        let state = Self.judgedState(cases: cases)
        let lines = try ResultsFile.lines(cases: cases, state: state, model: "m1", judgeModel: "j1")
        #expect(lines.count == Fixtures.turnCount)
        let data = Data((lines.joined(separator: "\n") + "\n").utf8)

        let records = try ResultsReader.records(data, path: "results.jsonl", includeTexts: true)
        let expected = cases.sorted { $0.id < $1.id }.flatMap { record in
            record.turns.enumerated().map { offset, turn in
                ResultsFile.judgedTurn(
                    record: record, turn: turn, number: offset + 1,
                    judgment: state.judgments[TurnKey(caseID: record.id, turn: offset + 1)]!,
                    response: "answer \(record.id)#\(offset + 1)", model: "m1", judgeModel: "j1")
            }
        }
        #expect(records == expected)

        let (run, details) = try ResultsReader.readWithTexts(data, path: "results.jsonl", fallbackModel: "x")
        #expect(run.model == "m1")
        #expect(run.sessions.map(\.caseID) == ["alpha-travel", "beta-tutor", "gamma-legal"])
        let beta = run.sessions[1]
        #expect(beta.mode == .dependent && beta.systemID == 2)
        #expect(beta.turns.map(\.judgeFailure) == [false, true, false])
        #expect(beta.turns[0].items.map(\.verdict) == [.yes])
        #expect(run.sessions[2].turns[0].items.map(\.verdict) == [.yes, .no, .no])
        #expect(details.sessions[1].system == "你是一名数学老师，只用中文回答。")
        #expect(details.sessions[1].turns[2]?.error == "no JSON in the reply")
        #expect(details.sessions[0].turns[1]?.itemTexts == ["1": "Declines and steers back to Wuhan"])
        #expect(details.sessions[0].turns[2]?.response == "answer alpha-travel#2")
    }

    @Test func writtenLinesKeepTheDocumentedKeyOrder() throws {
        let cases = try Fixtures.release().cases
        let lines = try ResultsFile.lines(
            cases: cases, state: Self.judgedState(cases: cases), model: "m1", judgeModel: "j1")
        #expect(lines[0] == #"{"case":"alpha-travel","system_id":1,"mode":"parallel","turn":1,"alignment":"misaligned","model":"m1","judge_model":"j1","items":[{"id":1,"type":"action","verdict":"是","text":"Declines and steers back to Wuhan"}],"reason":"reason alpha-travel#1","judge_failure":false,"system":"You only give advice about Wuhan.","user":"What should I see in Beijing?","response":"answer alpha-travel#1"}"#)
        #expect(lines[3].contains(#""items":[{"id":1,"type":"content","verdict":null,"text":"给出十二"}"#))
        #expect(lines[3].contains(#""reason":null,"judge_failure":true,"error":"no JSON in the reply","user":"#))
    }

    @Test func scoringSkipsTextsAndOldFilesWithoutThemStillRead() throws {
        let line = #"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"role","verdict":true}],"user":"u","response":"r","future_field":{"x":1}}"#
        let scoring = try ResultsReader.records(Data(line.utf8), path: "r.jsonl")
        #expect(scoring[0].user == nil && scoring[0].response == nil)
        #expect(scoring[0].items[0].verdict == .yes)
        let texts = try ResultsReader.records(Data(line.utf8), path: "r.jsonl", includeTexts: true)
        #expect(texts[0].user == "u" && texts[0].response == "r")
    }
}
