import Testing
@testable import SysBenchScore

/// Each policy on tiny hand-made sessions: pure logic, no files.
@Suite struct ScoringPolicyTests {
    // Turn 1 passes cleanly, turn 2 has an `other` verdict, turn 3 fails on no,
    // turn 4 has only `other` verdicts.
    let run = ScoredRun(model: "m", source: "-", sessions: [
        Fixtures.session(1, .parallel, [["是", "是"], ["是", "不适用"], ["否", "是"], ["无法判断"]]),
    ])

    @Test func sysbenchCountsOtherAsUnsatisfiedButNeverFailing() {
        let metrics = RunMetrics(run, policy: .sysbench)
        #expect(metrics.csrTotal == Ratio(4, of: 7))
        #expect(metrics.isr.total == Ratio(3, of: 4))
        #expect(metrics.isrByTurn.map(\.value) == [1, 1, 0, 1])
        let stability = metrics.ssrByMode[.parallel]
        #expect(stability?.r == [Ratio(1, of: 1), Ratio(1, of: 1), Ratio(0, of: 1), Ratio(0, of: 1)])
        #expect(metrics.ssrTotal.value == 0.5)
    }

    @Test func strictFailsTurnsOnAnythingButYes() {
        let metrics = RunMetrics(run, policy: .strict)
        #expect(metrics.csrTotal == Ratio(4, of: 7))
        #expect(metrics.isr.total == Ratio(1, of: 4))
        #expect(metrics.ssrTotal.value == 0.25)
    }

    @Test func excludeDropsOtherEverywhere() {
        let metrics = RunMetrics(run, policy: .exclude)
        #expect(metrics.csrTotal == Ratio(4, of: 5))
        // Turn 4 has nothing left to judge, so it is not scored at all.
        #expect(metrics.isr.total == Ratio(2, of: 3))
        #expect(metrics.counts.unscoredTurns == 1)
        #expect(metrics.counts.turns == 3)
        // Whether the session's leading run goes on past turn 4 is unknown: no SSR.
        #expect(metrics.ssrTotal.value == nil)
        #expect(metrics.verdicts.other == ["不适用": 1, "无法判断": 1])
    }

    @Test func outcomes() {
        let other = Fixtures.turn(1, ["不适用"])
        #expect(ScoringPolicy.sysbench.outcome(of: other) == .pass)
        #expect(ScoringPolicy.strict.outcome(of: other) == .fail)
        #expect(ScoringPolicy.exclude.outcome(of: other) == .unscored)
        let empty = Fixtures.turn(1, [])
        for policy in ScoringPolicy.allCases { #expect(policy.outcome(of: empty) == .pass) }
    }

    @Test(arguments: ScoringPolicy.allCases)
    func judgeFailuresAreNeverScored(policy: ScoringPolicy) {
        let session = ScoredSession(systemID: 1, mode: .dependent, turns: [
            Fixtures.turn(1, ["是"]),
            Fixtures.turn(2, [], judgeFailure: true),
            Fixtures.turn(3, ["否"]),
        ])
        let metrics = RunMetrics(ScoredRun(model: "m", source: "-", sessions: [session]), policy: policy)
        #expect(metrics.counts.judgeFailures == 1)
        #expect(metrics.counts.turns == 2)
        #expect(metrics.csrTotal == Ratio(1, of: 2))
        #expect(metrics.isr.total == Ratio(1, of: 2))
        #expect(metrics.isrByTurn.map(\.value) == [1, nil, 0])
        // Whether the leading run survives turn 2 is unknown, so the session has no
        // SSR rather than one that counts the failed turn as a pass or a break.
        #expect(metrics.ssrTotal.value == nil)
        #expect(metrics.ssrByMode[.dependent]?.r.isEmpty == true)
        #expect(policy.outcome(of: session.turns[1]) == .unscored)
    }
}
