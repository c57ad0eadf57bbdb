import Foundation
import SysBenchCore
import Testing
@testable import SysBenchScore

@Suite struct SysBenchRunReaderTests {
    static let run = #"""
    [{"system_id": 7, "rounds_related": true, "infer_model": "tiny",
      "messages": [{"role": "system", "content": "S"}, {"role": "user", "content": "Q1"},
                   {"role": "assistant", "content": ""}, {"role": "user", "content": "Q2"},
                   {"role": "assistant", "content": ""}, {"role": "user", "content": "Q3"}],
      "prompt_infos": {
        "Q1": {"alignment": "misalign", "criteria": {"1": {"criteria_type": "动作约束"}, "2": {"criteria_type": "格式约束"}}},
        "Q2": {"alignment": "align", "criteria": {"1": {"criteria_type": "角色约束"}}},
        "Q3": {"alignment": "align", "criteria": {"1": {"criteria_type": "风格约束"}}}},
      "eval_results": {
        "Q1": {"评判结果": {"2": "否", "1": " 是"}, "criteria": {"1": {"criteria_type": "内容约束"}}},
        "Q2": {"评判结果": "the judge's reply did not parse"}}}]
    """#

    @Test func readsTurnsItemsTypesAndJudgeFailures() throws {
        let run = try SysBenchRunReader.read(Data(Self.run.utf8), path: "x/tiny_eval.json")
        #expect(run.model == "tiny")
        let session = try #require(run.sessions.first)
        #expect(session.systemID == 7 && session.mode == .dependent)
        #expect(session.turns.count == 3)
        let first = session.turns[0]
        #expect(first.alignment == .misaligned)
        // The type stored beside the verdicts wins; prompt_infos fills the gaps.
        #expect(first.items == [
            ScoredItem(id: "1", type: .content, verdict: .yes),
            ScoredItem(id: "2", type: .format, verdict: .no),
        ])
        #expect(session.turns[1].judgeFailure)
        #expect(session.turns[2].judgeFailure)
        #expect(session.turns[2].alignment == .aligned)
    }

    @Test func fallsBackToTheFileNameForTheModel() throws {
        let text = #"[{"system_id": 1, "rounds_related": false, "messages": [], "eval_results": {}}]"#
        let run = try SysBenchRunReader.read(Data(text.utf8), path: "/runs/qwen2_7b_eval.json")
        #expect(run.model == "qwen2_7b")
    }

    @Test func aReleaseWithoutEvaluationsIsNoRun() {
        let text = #"[{"system_id": 1, "rounds_related": false, "messages": [{"role": "user", "content": "Q"}]}]"#
        #expect(throws: ScoreInputError(
            path: "r.json",
            message: "the file holds no judged run (no session has eval_results); score reads a SysBench *_eval.json or a run folder"
        )) {
            try SysBenchRunReader.read(Data(text.utf8), path: "r.json")
        }
    }

    @Test func verdictsOfOtherJSONTypes() throws {
        let text = #"""
        [{"system_id": 1, "rounds_related": false, "messages": [{"role": "user", "content": "Q"}],
          "eval_results": {"Q": {"评判结果": {"1": true, "2": false, "3": 1, "4": null}}}}]
        """#
        let run = try SysBenchRunReader.read(Data(text.utf8), path: "r.json")
        let verdicts = run.sessions.first?.turns.first?.items.map(\.verdict)
        #expect(verdicts == [.yes, .no, .other("1"), .other("null")])
    }

    @Test(arguments: [
        ("{\"a\": 1}", "r.json: error: expected a JSON array of sessions (a SysBench evaluated run)"),
        ("[{\"system_id\": 1, \"messages\": []}]", "r.json: error: missing \"rounds_related\" at [0]"),
        ("[{\"system_id\": \"x\", \"rounds_related\": true, \"messages\": []}]",
         "r.json: error: expected an integer at [0].system_id"),
        ("[{\"system_id\": 1,", "r.json: error: not valid JSON"),
    ])
    func malformedRunsGiveOneLineErrors(text: String, message: String) {
        #expect(throws: ScoreInputError.self) { try SysBenchRunReader.read(Data(text.utf8), path: "r.json") }
        do {
            _ = try SysBenchRunReader.read(Data(text.utf8), path: "r.json")
        } catch {
            #expect(error.description == message)
        }
    }
}

@Suite struct ResultsReaderTests {
    static let lines = """
    {"case":"wuhan","system_id":1,"mode":"dependent","turn":2,"alignment":"aligned","model":"m1","items":[{"id":1,"type":"content","verdict":"yes"}],"judge_failure":false}
    {"case":"wuhan","system_id":1,"mode":"dependent","turn":1,"alignment":"misalign","model":"m1","items":[{"id":1,"type":"动作约束","verdict":"是"},{"id":2,"type":"style","verdict":"不适用"}]}

    {"case":"paris","mode":"parallel","turn":1,"alignment":"aligned","model":"m1","items":[],"judge_failure":true,"error":"ids differ"}
    {"case":"wuhan","system_id":1,"mode":"dependent","turn":2,"alignment":"aligned","model":"m1","items":[{"id":1,"type":"content","verdict":true}]}
    """

    // A turn recorded twice must carry the same verdicts (else it is an error, see
    // ResultsCompletenessTests); the repeat is counted once.
    @Test func groupsTurnsIntoSessionsAndLaterLinesWin() throws {
        let run = try ResultsReader.read(Data(Self.lines.utf8), path: "results.jsonl", fallbackModel: "folder")
        #expect(run.model == "m1")
        #expect(run.sessions.map(\.caseID) == ["wuhan", "paris"])
        let wuhan = run.sessions[0]
        #expect(wuhan.systemID == 1 && wuhan.mode == .dependent)
        #expect(wuhan.turns.map(\.index) == [1, 2])
        #expect(wuhan.turns[0].alignment == .misaligned)
        #expect(wuhan.turns[0].items == [
            ScoredItem(id: "1", type: .action, verdict: .yes),
            ScoredItem(id: "2", type: .style, verdict: .other("不适用")),
        ])
        #expect(wuhan.turns[1].items.first?.verdict == .yes)
        #expect(run.sessions[1].turns.first?.judgeFailure == true)
        #expect(wuhan.pairingKey == "system_id:1")
        #expect(run.sessions[1].pairingKey == "case:paris")

        let metrics = RunMetrics(run, policy: .sysbench)
        #expect(metrics.counts.judgeFailures == 1)
        #expect(metrics.isr.total == Ratio(2, of: 2))
        #expect(metrics.csrTotal == Ratio(2, of: 3))
    }

    @Test func modelFallsBackToTheGivenName() throws {
        let line = #"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[]}"#
        let run = try ResultsReader.read(Data(line.utf8), path: "r.jsonl", fallbackModel: "run-7")
        #expect(run.model == "run-7")
    }

    @Test(arguments: [
        (#"{"case":"a","mode":"sideways","turn":1,"alignment":"aligned","items":[]}"#,
         "r.jsonl:2: error: unknown mode \"sideways\" at mode"),
        (#"{"case":"a","mode":"parallel","turn":0,"alignment":"aligned","items":[]}"#,
         "r.jsonl:2: error: turn must be 1 or more at turn"),
        (#"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"tone","verdict":"是"}]}"#,
         "r.jsonl:2: error: unknown constraint type \"tone\" at items[0].type"),
        (#"{"mode":"parallel","turn":1,"alignment":"aligned"}"#, "r.jsonl:2: error: missing \"case\" at the top level"),
        ("[1]", "r.jsonl:2: error: expected a JSON object (one judged turn)"),
        ("{oops", "r.jsonl:2: error: not valid JSON"),
        (#"{"case":"a","mode":"dependent","turn":2,"alignment":"aligned","items":[]}"#,
         "r.jsonl: error: case \"a\" has both modes"),
        (#"{"case":"b","mode":"parallel","turn":1,"alignment":"aligned","model":"m2","items":[]}"#,
         "r.jsonl: error: records name more than one model: m1, m2"),
    ])
    func malformedLinesNameTheLine(line: String, message: String) {
        let first = #"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","model":"m1","items":[]}"#
        let text = first + "\n" + line + "\n"
        do {
            _ = try ResultsReader.read(Data(text.utf8), path: "r.jsonl", fallbackModel: "x")
            Issue.record("no error for \(line)")
        } catch {
            #expect(error.description == message)
        }
    }
}
