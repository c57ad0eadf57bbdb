import Testing
@testable import SysBenchCalibrate

@Suite struct AgreementGateTests {
    @Test func barsApplyToPairsWithAJudge() {
        let report = ReportFixture.report()
        // alice vs judge: p_o 2/3, κ 0, AC1 7/13; bob vs judge: all 1 (κ 1, AC1 1);
        // majority vs judge: p_o 1, κ and AC1 undefined. alice vs bob has no judge.
        let failures = AgreementGate(minAgreement: 0.5, minKappa: 0.2).failures(report)
        #expect(failures.map(\.description) == [
            "alice vs judge:m: cohen_kappa 0.000 is below 0.2",
            "majority vs judge:m: cohen_kappa is undefined and below 0.2",
        ])
        #expect(AgreementGate(minAgreement: 0.6).failures(report).isEmpty)
        #expect(AgreementGate(minAC1: 0.6).failures(report).map { "\($0.a) \($0.statistic)" }
                == ["alice gwet_ac1", "majority gwet_ac1"])
        #expect(AgreementGate().failures(report).isEmpty)
        #expect(!AgreementGate().isActive)
    }

    @Test func withoutAJudgeEveryPairIsChecked() {
        let report = AgreementReport(items: ReportFixture.items, people: [ReportFixture.alice, ReportFixture.bob],
                                     judges: [], bootstrap: .init(replicates: 0))
        // alice vs bob: k1 yes/yes, k2 yes/no → p_o = 1/2.
        #expect(AgreementGate(minAgreement: 0.75).failures(report).map(\.description)
                == ["alice vs bob: agreement 0.500 is below 0.75"])
    }
}
