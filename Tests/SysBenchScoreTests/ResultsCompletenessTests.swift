import Foundation
import Testing
@testable import SysBenchScore

/// A results file with a turn missing or recorded twice is not scored silently.
@Suite struct ResultsCompletenessTests {
    static func line(_ caseID: String, turn: Int, verdict: String) -> String {
        #"{"case":"\#(caseID)","mode":"dependent","turn":\#(turn),"alignment":"aligned","model":"m","items":[{"id":1,"type":"content","verdict":"\#(verdict)"}]}"#
    }

    func read(_ lines: [String]) throws(ScoreInputError) -> ScoredRun {
        try ResultsReader.read(Data(lines.joined(separator: "\n").utf8), path: "results.jsonl", fallbackModel: "m")
    }

    @Test func aCompleteFileHasNoWarnings() throws {
        let run = try read([Self.line("a", turn: 1, verdict: "是"), Self.line("a", turn: 2, verdict: "否")])
        #expect(run.warnings.isEmpty)
    }

    @Test func aMissingTurnIsAWarningNamingTheFirst() throws {
        let run = try read([
            Self.line("a", turn: 1, verdict: "是"), Self.line("a", turn: 3, verdict: "是"),
            Self.line("b", turn: 2, verdict: "是"),
        ])
        #expect(run.warnings == [
            "2 turns are missing before a later turn of the same case (first: a turn 2); "
                + "those sessions are scored without them",
        ])
        #expect(run.sessions.map(\.turns.count) == [2, 1])
    }

    @Test func theSameTurnTwiceWithTheSameVerdictsIsCountedOnceWithAWarning() throws {
        let run = try read([
            Self.line("a", turn: 1, verdict: "是"), Self.line("a", turn: 2, verdict: "否"),
            Self.line("a", turn: 2, verdict: "否"),
        ])
        #expect(run.warnings == ["1 turn is recorded twice with the same verdicts (first: a turn 2); counted once"])
        #expect(run.sessions.first?.turns.count == 2)
        #expect(RunMetrics(run, policy: .sysbench).isr.total == Ratio(1, of: 2))
    }

    @Test func theSameTurnTwiceWithDifferentVerdictsIsAnError() {
        #expect {
            try read([Self.line("a", turn: 1, verdict: "是"), Self.line("a", turn: 1, verdict: "否")])
        } throws: { error in
            (error as? ScoreInputError)?.message == "case \"a\" turn 1 is recorded twice with different verdicts"
        }
    }
}
