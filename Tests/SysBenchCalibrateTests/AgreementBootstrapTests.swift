import SysBenchScore
import Testing
@testable import SysBenchCalibrate

@Suite struct AgreementBootstrapTests {
    private func key(_ caseID: String, _ item: Int) -> ItemKey { ItemKey(caseID: caseID, turn: 1, item: item) }

    @Test func resamplesWholeCasesNotItems() {
        // Case a: two agreeing items; case b: two disagreeing. Drawing cases, a replicate's
        // agreement is 0, 1/2 or 1; drawing items would also give 1/4 and 3/4.
        let pairs: [(key: ItemKey, a: Label, b: Label)] = [
            (key("a", 1), .yes, .yes), (key("a", 2), .no, .no),
            (key("b", 1), .yes, .no), (key("b", 2), .no, .yes),
        ]
        let settings = BootstrapSettings(replicates: 1000, seed: 7)
        let intervals = AgreementBootstrap.intervals(pairs, settings: settings)
        // With 1000 replicates of two cases, both all-a and all-b draws occur (p = 1/4 each),
        // so the 2.5 % and 97.5 % quantiles are exactly 0 and 1.
        #expect(intervals.agreement == Interval(low: 0, high: 1))
    }

    @Test func followsScoresSeedingAndPercentiles() {
        // The same procedure spelled out: a fresh SplitMix64 from the seed, cases in id order,
        // `cases.count` draws a replicate, Score's percentile interval.
        let pairs: [(key: ItemKey, a: Label, b: Label)] = [
            (key("c", 1), .yes, .yes), (key("a", 1), .yes, .no), (key("b", 1), .yes, .yes),
            (key("b", 2), .no, .no), (key("d", 1), .other, .yes), (key("a", 2), .yes, .yes),
        ]
        let settings = BootstrapSettings(replicates: 200, seed: 99)
        let byCase: [String: [(Label, Label)]] = Dictionary(grouping: pairs, by: { $0.key.caseID })
            .mapValues { $0.map { ($0.a, $0.b) } }
        let cases = byCase.keys.sorted()
        var generator = SplitMix64(seed: 99)
        var agreements: [Double] = []
        for _ in 0..<200 {
            var agree = 0, total = 0
            for _ in cases.indices {
                for (a, b) in byCase[cases[generator.index(below: cases.count)]] ?? [] {
                    total += 1
                    if a == b { agree += 1 }
                }
            }
            agreements.append(Double(agree) / Double(total))
        }
        let expected = Bootstrap.interval(agreements, confidence: 0.95)
        #expect(AgreementBootstrap.intervals(pairs, settings: settings).agreement == expected)
        // Input order does not matter.
        #expect(AgreementBootstrap.intervals(pairs.reversed(), settings: settings).agreement == expected)
    }

    @Test func undefinedReplicatesAreLeftOutAndNoReplicatesMeansNoIntervals() {
        let pairs: [(key: ItemKey, a: Label, b: Label)] = [(key("a", 1), .yes, .yes), (key("b", 1), .yes, .yes)]
        let intervals = AgreementBootstrap.intervals(pairs, settings: BootstrapSettings(replicates: 50, seed: 1))
        #expect(intervals.agreement == Interval(low: 1, high: 1))
        #expect(intervals.cohenKappa == nil)
        #expect(AgreementBootstrap.intervals(pairs, settings: BootstrapSettings(replicates: 0)) == .none)
        #expect(AgreementBootstrap.intervals([], settings: BootstrapSettings()) == .none)
    }
}
