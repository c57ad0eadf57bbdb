import SysBenchCore
import Testing
@testable import SysBenchScore

@Suite struct RunMetricsTests {
    @Test func breakdownsByTypeAlignmentModeAndTurn() {
        let dependent = ScoredSession(systemID: 1, mode: .dependent, turns: [
            Fixtures.turn(1, ["是", "否"], alignment: .misaligned, types: [.action, .style]),
            Fixtures.turn(2, ["是"], alignment: .aligned, types: [.role]),
        ])
        let parallel = ScoredSession(systemID: 2, mode: .parallel, turns: [
            Fixtures.turn(1, ["是"], alignment: .aligned, types: [.action]),
        ])
        let metrics = RunMetrics(ScoredRun(model: "m", source: "-", sessions: [dependent, parallel]), policy: .sysbench)
        #expect(metrics.csr[.action] == Ratio(2, of: 2))
        #expect(metrics.csr[.style] == Ratio(0, of: 1))
        #expect(metrics.csr[.format]?.value == nil)
        #expect(metrics.csrTotal == Ratio(3, of: 4))
        #expect(metrics.isr.aligned == Ratio(2, of: 2))
        #expect(metrics.isr.misaligned == Ratio(0, of: 1))
        #expect(metrics.isrByMode[.dependent]?.total == Ratio(1, of: 2))
        #expect(metrics.isrByMode[.parallel]?.misaligned.value == nil)
        #expect(metrics.isrByTurn == [Ratio(1, of: 2), Ratio(1, of: 1)])
        #expect(metrics.ssrByMode[.dependent]?.r == [Ratio(0, of: 1), Ratio(0, of: 1)])
        #expect(metrics.ssrByMode[.parallel]?.ssr == Ratio(1, of: 1))
        #expect(metrics.ssrTotal == Ratio(1, of: 2))
    }

    @Test func untypedItemsCountOnlyInTheTotal() {
        let turn = ScoredTurn(index: 1, alignment: nil, items: [ScoredItem(id: "1", type: nil, verdict: .yes)])
        let metrics = RunMetrics(
            ScoredRun(model: "m", source: "-", sessions: [ScoredSession(mode: .parallel, turns: [turn])]),
            policy: .sysbench)
        #expect(metrics.csrTotal == Ratio(1, of: 1))
        #expect(ConstraintType.allCases.allSatisfy { metrics.csr[$0]?.denominator == 0 })
        #expect(metrics.isr.total == Ratio(1, of: 1))
        #expect(metrics.isr.aligned.denominator == 0)
    }

    @Test func rOfSessionsOfDifferentLengths() {
        let run = ScoredRun(model: "m", source: "-", sessions: [
            Fixtures.session(1, .parallel, [["是"], ["是"]]),
            Fixtures.session(2, .parallel, [["是"], ["是"], ["否"]]),
        ])
        let stability = RunMetrics(run, policy: .sysbench).ssrByMode[.parallel]
        // R3 is over the one session that has a third turn.
        #expect(stability?.r == [Ratio(2, of: 2), Ratio(2, of: 2), Ratio(0, of: 1)])
        #expect(stability?.ssr.value == (1.0 + 2.0 / 3.0) / 2)
    }

    @Test func emptyRunHasNoValues() {
        let metrics = RunMetrics(ScoredRun(model: "m", source: "-", sessions: []), policy: .sysbench)
        #expect(metrics.csrTotal.value == nil)
        #expect(metrics.isr.total.value == nil)
        #expect(metrics.ssrTotal.value == nil)
        #expect(metrics.isrByTurn.isEmpty)
    }
}
