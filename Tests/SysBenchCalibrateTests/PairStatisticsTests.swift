import Testing
@testable import SysBenchCalibrate

/// Every expected value here is worked by hand in the comments from CALIBRATE.md's formulas.
@Suite struct PairStatisticsTests {
    private func table(_ cells: [(Label, Label, Int)]) -> ConfusionMatrix {
        var table = ConfusionMatrix()
        for (a, b, count) in cells { table.add(a, b, count: count) }
        return table
    }

    private func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-12
    }

    @Test func twoByTwoWorkedByHand() {
        // yes/yes 6, yes/no 2, no/yes 1, no/no 1: n = 10, p_o = 7/10.
        // A: yes 8, no 2; B: yes 7, no 3. κ: p_e = .8·.7 + .2·.3 = .62; κ = .08/.38 = 4/19.
        // AC1: π_yes = 15/20, π_no = 5/20, q = 2; p_e = 2·.75·.25 = .375; AC1 = .325/.625 = .52.
        // α: n = 20 values, n_yes = 15, n_no = 5; Σ_{c≠k} o = 2·3 = 6; α = 1 − 19·6/(2·15·5) = .24.
        let stats = PairStatistics(table([(.yes, .yes, 6), (.yes, .no, 2), (.no, .yes, 1), (.no, .no, 1)]))
        #expect(stats.n == 10)
        #expect(close(stats.agreement, 0.7))
        #expect(close(stats.cohenKappa, 4.0 / 19.0))
        #expect(close(stats.gwetAC1, 0.52))
        #expect(close(stats.krippendorffAlpha, 0.24))
    }

    @Test func threeCategoriesWorkedByHand() {
        // yes/yes 4, yes/other 1, no/no 2, other/no 1, other/other 1: n = 9, p_o = 7/9.
        // A: yes 5, no 2, other 2; B: yes 4, no 3, other 2.
        // κ = (9·7 − (20 + 6 + 4))/(81 − 30) = 33/51 = 11/17.
        // AC1: π = 9/18, 5/18, 4/18; Σπ(1−π) = 81/324 + 65/324 + 56/324 = 202/324; q = 3 so
        //   p_e = 101/324; AC1 = (252 − 101)/(324 − 101) = 151/223.
        // α: n_c = 9, 5, 4 of n = 18; Σ_{c≠k} o = 4; α = 1 − 17·4/(324 − 122) = 134/202.
        let stats = PairStatistics(table([
            (.yes, .yes, 4), (.yes, .other, 1), (.no, .no, 2), (.other, .no, 1), (.other, .other, 1),
        ]))
        #expect(close(stats.agreement, 7.0 / 9.0))
        #expect(close(stats.cohenKappa, 11.0 / 17.0))
        #expect(close(stats.gwetAC1, 151.0 / 223.0))
        #expect(close(stats.krippendorffAlpha, 134.0 / 202.0))
    }

    @Test func oneLabelEverywhereLeavesKappaAC1AndAlphaUndefined() {
        // Both raters say yes to all 5 items: p_o = 1, p_e = 1 (κ null), q = 1 (AC1 null),
        // Σ_{c≠k} n_c·n_k = 0 (α null).
        let stats = PairStatistics(table([(.yes, .yes, 5)]))
        #expect(stats.n == 5)
        #expect(stats.agreement == 1)
        #expect(stats.cohenKappa == nil)
        #expect(stats.gwetAC1 == nil)
        #expect(stats.krippendorffAlpha == nil)
    }

    @Test func oneRaterOneLabelTheOtherTwoGivesKappaZero() {
        // A says yes to all 4, B yes 3, no 1: p_o = 3/4; p_e = 1·3/4 = 3/4 → κ = 0.
        // AC1: q = 2, π_yes = 7/8, π_no = 1/8; p_e = 2·7/64 = 14/64; AC1 = (48 − 14)/(64 − 14) = 34/50.
        // α: n = 8, n_yes = 7, n_no = 1; Σ_{c≠k} o = 2; α = 1 − 7·2/14 = 0.
        let stats = PairStatistics(table([(.yes, .yes, 3), (.yes, .no, 1)]))
        #expect(close(stats.cohenKappa, 0))
        #expect(close(stats.gwetAC1, 0.68))
        #expect(close(stats.krippendorffAlpha, 0))
    }

    @Test func perfectAgreementOnTwoLabels() {
        let stats = PairStatistics(table([(.yes, .yes, 3), (.no, .no, 2)]))
        #expect(stats.agreement == 1)
        #expect(close(stats.cohenKappa, 1))
        #expect(close(stats.gwetAC1, 1))
        #expect(close(stats.krippendorffAlpha, 1))
    }

    @Test func totalDisagreement() {
        // yes/no 2, no/yes 2: p_o = 0; p_e = .5 → κ = −1; π = .5, .5 → AC1 = −1;
        // α: n = 8, n_c = 4, 4; Σ_{c≠k} o = 8; α = 1 − 7·8/32 = −0.75.
        let stats = PairStatistics(table([(.yes, .no, 2), (.no, .yes, 2)]))
        #expect(stats.agreement == 0)
        #expect(close(stats.cohenKappa, -1))
        #expect(close(stats.gwetAC1, -1))
        #expect(close(stats.krippendorffAlpha, -0.75))
    }

    @Test func noItemInCommonLeavesEverythingUndefined() {
        let stats = PairStatistics(ConfusionMatrix())
        #expect(stats.n == 0)
        #expect(stats.named.allSatisfy { $0.value == nil })
    }

    @Test func confusionMatrixCountsAndCategories() {
        let matrix = ConfusionMatrix(pairs: [(Label.yes, Label.no), (.yes, .no), (.other, .yes)])
        #expect(matrix[.yes, .no] == 2)
        #expect(matrix.total == 3)
        #expect(matrix.agreeing == 0)
        #expect(matrix.rowTotal(.yes) == 2)
        #expect(matrix.columnTotal(.yes) == 1)
        #expect(matrix.categories == [.yes, .no, .other])
    }
}
