import Testing
@testable import SysBenchCalibrate

@Suite struct KrippendorffAlphaTests {
    /// The nominal example of Krippendorff's "Computing Krippendorff's Alpha-Reliability":
    /// four observers, twelve units, values 1–5, blanks where an observer gave none. Written
    /// here unit by unit (each row lists the values the unit received, blanks dropped).
    @Test func publishedWorkedExample() {
        let units: [[Int]] = [
            [1, 1, 1],        // unit 1: observer C gave none
            [2, 2, 3, 2],
            [3, 3, 3, 3],
            [3, 3, 3, 3],
            [2, 2, 2, 2],
            [1, 2, 3, 4],
            [4, 4, 4, 4],
            [1, 1, 2, 1],
            [2, 2, 2, 2],
            [5, 5, 5],        // unit 10: observer A gave none
            [1, 1],           // unit 11: only C and D
            [3],              // unit 12: one value, not pairable
        ]
        // By hand: n = 40 pairable values (n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3).
        // Σ_{c≠k} o_ck adds (m_u² − Σ_c n_uc²)/(m_u − 1) per unit; only units 2, 6 and 8 hold
        // different values: (16 − 10)/3 + (16 − 4)/3 + (16 − 10)/3 = 2 + 4 + 2 = 8.
        // Σ_{c≠k} n_c·n_k = 40² − (81 + 169 + 100 + 25 + 9) = 1216.
        // α = 1 − 39·8/1216 = 113/152 ≈ 0.743, the paper's value.
        let alpha = KrippendorffAlpha.nominal(units: units)
        #expect(alpha.map { abs($0 - 113.0 / 152.0) < 1e-12 } == true)
        #expect(alpha.map { abs($0 - 0.743) < 0.0005 } == true)
    }

    @Test func unitsWithOneValueAreLeftOut() {
        // Only unit [yes, no] is pairable: n = 2, Σ_{c≠k} o = 2, Σ n_c n_k = 2 → α = 1 − 1·2/2 = 0.
        #expect(KrippendorffAlpha.nominal(units: [[Label.yes], [.no, .yes], [.no]]) == 0)
    }

    @Test func undefinedWhenNothingPairsOrAllValuesAgree() {
        #expect(KrippendorffAlpha<Label>.nominal(units: [[.yes], []]) == nil)
        #expect(KrippendorffAlpha.nominal(units: [[Label.no, .no], [.no, .no, .no]]) == nil)
    }

    @Test func twoRatersMatchThePairStatistic() {
        let pairs: [(Label, Label)] = [(.yes, .yes), (.yes, .no), (.no, .no), (.other, .yes), (.yes, .yes)]
        let direct = KrippendorffAlpha.nominal(units: pairs.map { [$0.0, $0.1] })
        #expect(direct != nil)
        #expect(PairStatistics(ConfusionMatrix(pairs: pairs)).krippendorffAlpha.map { abs($0 - (direct ?? 0)) < 1e-12 } == true)
    }
}
