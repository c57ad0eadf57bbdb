import Foundation
import SysBenchCore
import Testing
@testable import SysBenchScore

@Suite struct JudgedTurnLoaderTests {
    /// Two sessions of a SysBench evaluated run; the second turn of system 12 is dependent on the first.
    static let eval = #"""
        [{"system_id": 7, "rounds_related": false, "system_prompt": "Be a guide.",
          "messages": [{"role": "system", "content": "Be a guide."}, {"role": "user", "content": "Where?"}],
          "prompt_infos": {"Where?": {"alignment": "align", "criteria": {"1": {"criteria_type": "动作约束", "criteria_content": "Names a place"}}}},
          "infer_model": "gpt4o",
          "infer_results": [{"role": "assistant", "content": "Wuhan."}],
          "eval_results": {"Where?": {"评判结果": {"1": "是"}, "response": "Wuhan."}}},
         {"system_id": 12, "rounds_related": true, "system_prompt": "Be a tutor.",
          "messages": [{"role": "user", "content": "2+2?"}, {"role": "user", "content": "Times 3?"}],
          "prompt_infos": {"2+2?": {"alignment": "align", "criteria": {"1": {"criteria_type": "内容约束", "criteria_content": "Says 4"}, "2": {"criteria_type": "风格约束", "criteria_content": "Brief"}}},
                           "Times 3?": {"alignment": "misalign", "criteria": {"1": {"criteria_type": "内容约束", "criteria_content": "Says 12"}}}},
          "infer_model": "gpt4o",
          "infer_results": [{"role": "assistant", "content": "4"}, {"role": "assistant", "content": "12"}],
          "eval_results": {"2+2?": {"评判结果": {"1": "是", "2": "不适用"}, "response": "4"},
                           "Times 3?": {"评判结果": {"1": "否"}, "response": "12"}}}]
        """#

    @Test func readsASysBenchRunWithImportsCaseIDsAndTexts() throws {
        let path = NSTemporaryDirectory() + "judged-turn-loader-\(UUID().uuidString)_eval.json"
        try Self.eval.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try JudgedTurnLoader.load(path: path)
        #expect(run.format == .sysbench && run.model == "gpt4o")
        #expect(run.records.map(\.caseID) == ["sysbench-007", "sysbench-012", "sysbench-012"])
        #expect(run.records.map(\.turn) == [1, 1, 2])
        #expect(run.records.allSatisfy { $0.judgeModel == "gpt-4o" })
        #expect(run.records[1].items.map(\.verdictText) == ["是", "不适用"])
        #expect(run.records[1].items.map(\.type) == [.content, .style])
        #expect(run.records[2].items.map(\.text) == ["Says 12"])
        #expect(run.records[2].alignment == .misaligned && run.records[2].mode == .dependent)
        #expect(run.records[2].system == "Be a tutor." && run.records[2].user == "Times 3?" && run.records[2].response == "12")
        #expect(run.sha256.count == 64)
    }

    @Test func padsCaseIDsAsImportDoes() {
        #expect(JudgedTurnLoader.sysbenchCaseID(7, width: 3) == "sysbench-007")
        #expect(JudgedTurnLoader.sysbenchCaseID(1234, width: 4) == "sysbench-1234")
    }

    @Test func resultsKeepTheLaterRecordOfATurnAndCopyTheSystemMessage() throws {
        // A repeated turn must repeat its verdicts (different ones are an error, see
        // ResultsCompletenessTests); the later record's texts win.
        let lines = [
            #"{"case":"c","mode":"dependent","turn":2,"alignment":"aligned","judge_model":"j","items":[{"id":1,"type":"role","verdict":"yes"}],"user":"u2","response":"old"}"#,
            #"{"case":"c","mode":"dependent","turn":1,"alignment":"aligned","judge_model":"j","items":[],"system":"S","user":"u1","response":"a1"}"#,
            #"{"case":"c","mode":"dependent","turn":2,"alignment":"aligned","judge_model":"j","items":[{"id":1,"type":"role","verdict":"yes"}],"user":"u2","response":"a2"}"#,
        ]
        let path = NSTemporaryDirectory() + "judged-turn-loader-\(UUID().uuidString).jsonl"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try JudgedTurnLoader.load(path: path)
        #expect(run.records.map(\.turn) == [1, 2])
        #expect(run.records[1].items.first?.verdictText == "yes")
        #expect(run.records[1].response == "a2")
        #expect(run.records.map(\.system) == ["S", "S"])
    }
}
