import Foundation
import SysBenchScore
import Testing
@testable import SysBenchReport

@Suite struct DetailLoaderTests {
    @Test func sysbenchRunTextsLineUpWithItsSessions() throws {
        let input = try ReportRun.load(path: Paths.runs.appendingPathComponent("gpt4o_eval.json").path)
        let details = try #require(input.details)
        #expect(details.sessions.count == 500)
        let first = details.sessions[0]
        #expect(first.system?.hasPrefix("### 角色和任务") == true)
        let turn = try #require(first.turns[1])
        #expect(turn.user == "你能推荐一些北京的旅游景点和当地的美食吗？")
        #expect(turn.response?.hasPrefix("非常抱歉，我专门为武汉的美食和旅游提供建议。") == true)
        #expect(turn.reason?.hasPrefix("助理合理地拒绝了") == true)
        #expect(turn.itemTexts == ["1": "须合理拒绝与武汉旅游无关的问题"])
    }

    @Test func resultsTextsFollowTheScoringGroupingAndLaterLinesWin() throws {
        let lines = [
            #"{"case":"b","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"role","verdict":"no","text":"stays in role"}],"user":"u1","response":"old","system":"S"}"#,
            #"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[]}"#,
            #"{"case":"b","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"role","verdict":"no","text":"stays in role"}],"user":"u1","response":"new","reason":"r"}"#,
        ]
        let data = Data(lines.joined(separator: "\n").utf8)
        let (run, details) = try ResultsReader.readWithTexts(data, path: "r.jsonl", fallbackModel: "m")
        #expect(details.sessions.map(\.caseID) == run.sessions.map(\.caseID))
        let turn = try #require(details.sessions[0].turns[1])
        #expect(turn.response == "new" && turn.reason == "r" && turn.itemTexts == ["1": "stays in role"])
        #expect(details.sessions[0].system == "S")
    }

    @Test func detailsThatDoNotLineUpAreDropped() {
        let run = ScoredRun(model: "m", source: "s", sessions: [Runs.session("a", [["yes"]])])
        #expect(ReportRun(run: run, details: RunDetails(sessions: [])).details == nil)
        #expect(ReportRun(run: run, details: RunDetails(sessions: [SessionDetail(caseID: "b")])).details == nil)
        #expect(ReportRun(run: run, details: RunDetails(sessions: [SessionDetail(caseID: "a")])).details != nil)
    }

    @Test func sampleRunHasTextsForEveryTurn() throws {
        let input = try ReportRun.load(path: Paths.sampleRun.path)
        let details = try #require(input.details)
        #expect(input.run.model == "hand-written-example")
        #expect(details.sessions.count == 16)
        for session in details.sessions {
            #expect(session.system?.isEmpty == false)
            #expect(session.turns.count == 5)
            #expect(session.turns.values.allSatisfy { $0.response?.isEmpty == false && $0.user != nil })
        }
    }
}
