import SysBenchCore
import SysBenchScore
import Testing
@testable import SysBenchCalibrate

/// A sample of three items labelled by a judge and two people, worked by hand.
enum ReportFixture {
    static let k1 = ItemKey(caseID: "c1", turn: 1, item: 1)
    static let k2 = ItemKey(caseID: "c1", turn: 1, item: 2)
    static let k3 = ItemKey(caseID: "c2", turn: 2, item: 1)
    static let items = [
        CalibrationItem(key: k1, type: .action, alignment: .aligned, judge: "是"),
        CalibrationItem(key: k2, type: .format, alignment: .misaligned, judge: "否"),
        CalibrationItem(key: k3, type: .action, alignment: .aligned, judge: "是"),
    ]
    static let judge = RaterLabels(rater: "judge:m", labels: [k1: .yes, k2: .no, k3: .yes])
    static let alice = RaterLabels(rater: "alice", labels: [k1: .yes, k2: .yes, k3: .yes])
    static let bob = RaterLabels(rater: "bob", labels: [k1: .yes, k2: .no, ItemKey(caseID: "zz", turn: 1, item: 1): .no])

    static func report(replicates: Int = 0) -> AgreementReport {
        AgreementReport(items: items, people: [alice, bob], judges: [judge],
                        bootstrap: BootstrapSettings(replicates: replicates, seed: 7))
    }
}

@Suite struct AgreementReportTests {
    @Test func pairsComeInTheDocumentedOrder() {
        let report = ReportFixture.report()
        #expect(report.pairs.map { "\($0.a)|\($0.b)" } == [
            "alice|judge:m", "bob|judge:m", "alice|bob", "majority|judge:m",
        ])
        #expect(report.items == 3)
    }

    @Test func aliceAgainstTheJudgeWorkedByHand() {
        // yes/yes 2, yes/no 1: p_o = 2/3; κ = (3·2 − 3·2)/(9 − 6) = 0;
        // AC1: π = 5/6, 1/6, p_e = 2·5/36 = 5/18, AC1 = (12 − 5)/(18 − 5) = 7/13;
        // α: n_c = 5, 1; Σ_{c≠k} o = 2; α = 1 − 5·2/(36 − 26) = 0.
        let pair = ReportFixture.report().pairs[0]
        #expect(pair.overall.n == 3)
        #expect(pair.overall.agreement.map { abs($0 - 2.0 / 3.0) < 1e-12 } == true)
        #expect(pair.overall.cohenKappa.map { abs($0) < 1e-12 } == true)
        #expect(pair.overall.gwetAC1.map { abs($0 - 7.0 / 13.0) < 1e-12 } == true)
        #expect(pair.overall.krippendorffAlpha.map { abs($0) < 1e-12 } == true)
        #expect(pair.disagreements == [Disagreement(key: ReportFixture.k2, a: .yes, b: .no)])
        #expect(pair.byType[.action]?.n == 2)
        #expect(pair.byType[.format]?.agreement == 0)
        #expect(pair.byType[.style]?.n == 0)
        #expect(pair.byAlignment[.misaligned]?.n == 1)
    }

    @Test func labelsOutsideTheSampleAreIgnoredAndMajorityDropsTies() {
        let report = ReportFixture.report()
        #expect(report.pairs[1].overall.n == 2)   // bob's "zz" label is not in the sample
        // Majority: k1 yes (two yes), k2 tie (dropped), k3 yes (alice alone).
        let majority = report.pairs[3]
        #expect(majority.overall.n == 2)
        #expect(majority.overall.agreement == 1)
        #expect(majority.overall.cohenKappa == nil)
        // People: units k1 [yes, yes], k2 [yes, no]; n = 4, n_yes = 3, Σ_{c≠k} o = 2;
        // α = 1 − 3·2/(16 − 10) = 0.
        #expect(report.people == AgreementReport.People(raters: 2, krippendorffAlpha: 0))
    }

    @Test func judgeAgainstJudgeWithTheSameModelIsToldApart() {
        let other = RaterLabels(rater: "judge:m", labels: [ReportFixture.k1: .no, ReportFixture.k2: .no])
        let report = AgreementReport(
            items: ReportFixture.items, people: [], judges: [ReportFixture.judge, other],
            bootstrap: BootstrapSettings(replicates: 0))
        #expect(report.pairs.map { "\($0.a)|\($0.b)" } == ["judge:m|judge:m#2"])
        #expect(report.people == AgreementReport.People(raters: 0, krippendorffAlpha: nil))
    }

    @Test func jsonHasTheDocumentedShape() {
        let report = ReportFixture.report()
        let empty = #"{"n":0,"agreement":null,"cohen_kappa":null,"gwet_ac1":null,"krippendorff_alpha":null}"#
        let one = #"{"n":2,"agreement":1.0,"cohen_kappa":null,"gwet_ac1":null,"krippendorff_alpha":null}"#
        let majority = #"{"a":"majority","b":"judge:m","n":2,"agreement":1.0,"cohen_kappa":null,"gwet_ac1":null,"#
            + #""krippendorff_alpha":null,"intervals":{"agreement":null,"cohen_kappa":null,"gwet_ac1":null,"#
            + #""krippendorff_alpha":null},"confusion":{"yes":{"yes":2}},"#
            + #""by_type":{"action":\#(one),"content":\#(empty),"background":\#(empty),"role":\#(empty),"#
            + #""format":\#(empty),"style":\#(empty)},"by_alignment":{"aligned":\#(one),"misaligned":\#(empty)},"#
            + #""disagreements":[],"confusion_by_type":{"action":{"yes":{"yes":2}}}}"#
        #expect(report.pairs[3].json.compactText == majority)
        guard case .object(let top) = report.json else { Issue.record("not an object"); return }
        #expect(top.map(\.0) == ["items", "pairs", "people"])
        #expect(top[2].1.compactText == #"{"raters":2,"krippendorff_alpha":0.0}"#)
        let alice = report.pairs[0].json.compactText
        #expect(alice.contains(#""confusion":{"yes":{"yes":2,"no":1},"no":{"yes":0,"no":0}}"#))
        #expect(alice.contains(#""disagreements":[{"case":"c1","turn":1,"item":2,"a":"yes","b":"no"}]"#))
    }

    @Test func intervalsAreWrittenAsPairs() {
        let json = ReportFixture.report(replicates: 100).pairs[0].json.compactText
        #expect(json.contains(#""intervals":{"agreement":["#))
    }
}
