import SysBenchScore

/// Percentile bootstrap intervals for the four statistics of a pair.
public struct StatisticIntervals: Sendable, Hashable {
    /// Interval of p_o.
    public var agreement: Interval?
    /// Interval of Cohen's κ.
    public var cohenKappa: Interval?
    /// Interval of Gwet's AC1.
    public var gwetAC1: Interval?
    /// Interval of Krippendorff's α.
    public var krippendorffAlpha: Interval?

    /// Creates intervals.
    public init(agreement: Interval?, cohenKappa: Interval?, gwetAC1: Interval?, krippendorffAlpha: Interval?) {
        self.agreement = agreement
        self.cohenKappa = cohenKappa
        self.gwetAC1 = gwetAC1
        self.krippendorffAlpha = krippendorffAlpha
    }

    /// No intervals (no replicates, or no items).
    public static let none = StatisticIntervals(agreement: nil, cohenKappa: nil, gwetAC1: nil, krippendorffAlpha: nil)

    /// The four intervals in report order, named as in the JSON output.
    public var named: [(name: String, value: Interval?)] {
        [("agreement", agreement), ("cohen_kappa", cohenKappa), ("gwet_ac1", gwetAC1),
         ("krippendorff_alpha", krippendorffAlpha)]
    }
}

/// Bootstrap over cases, seeded as `score` seeds its bootstrap.
///
/// Items of one case are not independent (one answer, one system message), so whole cases
/// are resampled, as `score` resamples whole sessions. The method is Score's exactly:
/// a fresh ``SplitMix64`` from ``BootstrapSettings/seed`` for each pair, the cases in
/// ascending order of case id, each replicate drawing `cases.count` indices with
/// ``SplitMix64/index(below:)``; a replicate whose statistic is undefined is left out; the
/// bounds are ``Bootstrap/interval(_:confidence:)``: the 2.5 % and 97.5 % quantiles
/// interpolated linearly between order statistics (numpy's default).
public enum AgreementBootstrap {
    /// Intervals for the statistics of the given label pairs, grouped by the case they belong to.
    public static func intervals(
        _ pairs: [(key: ItemKey, a: Label, b: Label)], settings: BootstrapSettings
    ) -> StatisticIntervals {
        var byCase: [String: ConfusionMatrix] = [:]
        for pair in pairs { byCase[pair.key.caseID, default: ConfusionMatrix()].add(pair.a, pair.b) }
        let cases = byCase.keys.sorted().compactMap { byCase[$0] }
        guard settings.replicates > 0, !cases.isEmpty else { return .none }
        var generator = SplitMix64(seed: settings.seed)
        var values: [[Double]] = Array(repeating: [], count: 4)
        for _ in 0..<settings.replicates {
            var table = ConfusionMatrix()
            for _ in cases.indices { table.add(cases[generator.index(below: cases.count)]) }
            for (slot, statistic) in PairStatistics(table).named.enumerated() {
                if let value = statistic.value { values[slot].append(value) }
            }
        }
        let intervals = values.map { Bootstrap.interval($0, confidence: settings.confidence) }
        return StatisticIntervals(
            agreement: intervals[0], cohenKappa: intervals[1], gwetAC1: intervals[2], krippendorffAlpha: intervals[3])
    }
}
