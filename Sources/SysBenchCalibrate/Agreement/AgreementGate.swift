import Foundation

/// The `--min-agreement`, `--min-kappa` and `--min-ac1` bars of `calibrate agree`, for CI.
///
/// A bar is checked against the point estimate over all items of every pair that has a
/// judge on one side (person, majority or judge against a judge), because the gates
/// measure the judge; when no pair has a judge, every pair is checked. A statistic that
/// is undefined (κ when both raters used one label, say) cannot show the bar is met and
/// fails it.
public struct AgreementGate: Sendable, Hashable {
    /// One bar a pair did not reach.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        /// Rater A of the pair.
        public var a: String
        /// Rater B of the pair.
        public var b: String
        /// The statistic's JSON name (`cohen_kappa`).
        public var statistic: String
        /// Its point estimate; nil when undefined.
        public var value: Double?
        /// The bar.
        public var minimum: Double

        /// Creates a failure.
        public init(a: String, b: String, statistic: String, value: Double?, minimum: Double) {
            self.a = a
            self.b = b
            self.statistic = statistic
            self.value = value
            self.minimum = minimum
        }

        /// `alice vs judge:gpt-4o: cohen_kappa 0.612 is below 0.7`.
        public var description: String {
            let shown = value.map { String(format: "%.3f", $0) } ?? "is undefined and"
            let verb = value == nil ? "" : " is"
            return "\(a) vs \(b): \(statistic) \(shown)\(verb) below \(String(format: "%g", minimum))"
        }
    }

    /// The least agreement p_o accepted; nil for no bar.
    public var minAgreement: Double?
    /// The least Cohen's κ accepted; nil for no bar.
    public var minKappa: Double?
    /// The least Gwet's AC1 accepted; nil for no bar.
    public var minAC1: Double?

    /// Creates the bars.
    public init(minAgreement: Double? = nil, minKappa: Double? = nil, minAC1: Double? = nil) {
        self.minAgreement = minAgreement
        self.minKappa = minKappa
        self.minAC1 = minAC1
    }

    /// Whether any bar is set.
    public var isActive: Bool { minAgreement != nil || minKappa != nil || minAC1 != nil }

    /// Every bar missed, pair by pair in report order; empty means the gate passes.
    public func failures(_ report: AgreementReport) -> [Failure] {
        let judged = report.pairs.filter { Self.isJudge($0.a) || Self.isJudge($0.b) }
        let checked = judged.isEmpty ? report.pairs : judged
        var failures: [Failure] = []
        for pair in checked {
            let bars: [(String, Double?, Double?)] = [
                ("agreement", pair.overall.agreement, minAgreement),
                ("cohen_kappa", pair.overall.cohenKappa, minKappa),
                ("gwet_ac1", pair.overall.gwetAC1, minAC1),
            ]
            for (name, value, bar) in bars {
                guard let bar else { continue }
                if let value, value >= bar { continue }
                failures.append(Failure(a: pair.a, b: pair.b, statistic: name, value: value, minimum: bar))
            }
        }
        return failures
    }

    private static func isJudge(_ name: String) -> Bool { name.hasPrefix("judge:") }
}
