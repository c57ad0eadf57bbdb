import SysBenchScore
import Testing
@testable import SysBenchReport

@Suite struct DrillDownTests {
    let run = ScoredRun(model: "m", source: "s", sessions: [
        Runs.session("a", [["yes"], ["no"], ["不适用"], ["no", "no"]]),
        Runs.session("b", [["yes", "no"], ["yes"], ["yes"]], judgeFailureAt: 3),
    ])

    @Test func selectsFailedTurnsInInputOrder() {
        let selection = DrillDown(run: run, policy: .sysbench, limit: 10)
        #expect(selection.failed == [.init(session: 0, turn: 1), .init(session: 0, turn: 3), .init(session: 1, turn: 0)])
        #expect(selection.failedTotal == 3)
        #expect(selection.unusual == [.init(session: 0, turn: 2), .init(session: 1, turn: 2)])
    }

    @Test func strictPolicyFailsNonBinaryVerdicts() {
        #expect(DrillDown(run: run, policy: .strict, limit: 10).failedTotal == 4)
    }

    @Test func capKeepsTheFirstAndCountsAll() {
        let selection = DrillDown(run: run, policy: .sysbench, limit: 1)
        #expect(selection.failed == [.init(session: 0, turn: 1)])
        #expect(selection.failedTotal == 3)
        #expect(selection.unusual.count == 1 && selection.unusualTotal == 2)
    }
}
