/// Bootstrap settings: how many replicates, which seed, which confidence.
public struct BootstrapSettings: Sendable, Hashable {
    /// The seed used when none is given.
    public static let defaultSeed: UInt64 = 20_240_820
    /// Replicates; 0 turns intervals off.
    public var replicates: Int
    /// The generator's seed.
    public var seed: UInt64
    /// The interval's coverage, e.g. 0.95.
    public var confidence: Double

    /// Creates settings.
    public init(replicates: Int = 1000, seed: UInt64 = BootstrapSettings.defaultSeed, confidence: Double = 0.95) {
        self.replicates = replicates
        self.seed = seed
        self.confidence = confidence
    }
}

/// A confidence interval.
public struct Interval: Sendable, Hashable {
    /// Lower bound.
    public var low: Double
    /// Upper bound.
    public var high: Double

    /// Creates an interval.
    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }
}

/// The three headline metrics, each possibly undefined.
public struct Headline<Value: Sendable & Hashable>: Sendable, Hashable {
    /// Constraint satisfaction rate.
    public var csr: Value
    /// Instruction satisfaction rate.
    public var isr: Value
    /// Session stability rate.
    public var ssr: Value

    /// Creates the triple.
    public init(csr: Value, isr: Value, ssr: Value) {
        self.csr = csr
        self.isr = isr
        self.ssr = ssr
    }
}

/// Percentile bootstrap over sessions: sessions are resampled with replacement, never
/// turns or items, because the turns of a session are not independent.
public enum Bootstrap {
    /// CSR, ISR and SSR of a set of sessions, from their sufficient statistics.
    public static func headline(_ sessions: [SessionSummary]) -> Headline<Double?> {
        var totals = Sums()
        for session in sessions { totals.add(session) }
        return totals.headline
    }

    /// Intervals for CSR, ISR and SSR; nil where no replicate is defined or there
    /// are no replicates.
    public static func intervals(_ sessions: [SessionSummary], settings: BootstrapSettings) -> Headline<Interval?> {
        guard settings.replicates > 0, !sessions.isEmpty else { return Headline(csr: nil, isr: nil, ssr: nil) }
        var generator = SplitMix64(seed: settings.seed)
        var csr: [Double] = [], isr: [Double] = [], ssr: [Double] = []
        csr.reserveCapacity(settings.replicates)
        isr.reserveCapacity(settings.replicates)
        ssr.reserveCapacity(settings.replicates)
        for _ in 0..<settings.replicates {
            var totals = Sums()
            for _ in sessions.indices {
                totals.add(sessions[generator.index(below: sessions.count)])
            }
            let replicate = totals.headline
            if let value = replicate.csr { csr.append(value) }
            if let value = replicate.isr { isr.append(value) }
            if let value = replicate.ssr { ssr.append(value) }
        }
        return Headline(
            csr: interval(csr, confidence: settings.confidence),
            isr: interval(isr, confidence: settings.confidence),
            ssr: interval(ssr, confidence: settings.confidence))
    }

    /// The paired difference `other − base` over sessions both runs have (matched by
    /// ``SessionSummary/key``), with intervals from resampling the matched pairs: each
    /// replicate draws the same session indices for both runs.
    public static func pairedDifference(
        base: [SessionSummary], other: [SessionSummary], settings: BootstrapSettings
    ) -> PairedDifference {
        var otherByKey: [String: SessionSummary] = [:]
        for session in other {
            if let key = session.key, otherByKey[key] == nil { otherByKey[key] = session }
        }
        var seen = Set<String>()
        var pairs: [(SessionSummary, SessionSummary)] = []
        for session in base {
            guard let key = session.key, seen.insert(key).inserted, let match = otherByKey[key] else { continue }
            pairs.append((session, match))
        }
        func difference(_ base: Sums, _ other: Sums) -> Headline<Double?> {
            let b = base.headline, o = other.headline
            func minus(_ x: Double?, _ y: Double?) -> Double? { x.flatMap { x in y.map { x - $0 } } }
            return Headline(csr: minus(o.csr, b.csr), isr: minus(o.isr, b.isr), ssr: minus(o.ssr, b.ssr))
        }
        var baseTotals = Sums(), otherTotals = Sums()
        for (b, o) in pairs {
            baseTotals.add(b)
            otherTotals.add(o)
        }
        let estimate = difference(baseTotals, otherTotals)
        guard settings.replicates > 0, !pairs.isEmpty else {
            return PairedDifference(matchedSessions: pairs.count, estimate: estimate,
                                    intervals: Headline(csr: nil, isr: nil, ssr: nil))
        }
        var generator = SplitMix64(seed: settings.seed)
        var csr: [Double] = [], isr: [Double] = [], ssr: [Double] = []
        for _ in 0..<settings.replicates {
            var b = Sums(), o = Sums()
            for _ in pairs.indices {
                let pair = pairs[generator.index(below: pairs.count)]
                b.add(pair.0)
                o.add(pair.1)
            }
            let replicate = difference(b, o)
            if let value = replicate.csr { csr.append(value) }
            if let value = replicate.isr { isr.append(value) }
            if let value = replicate.ssr { ssr.append(value) }
        }
        return PairedDifference(
            matchedSessions: pairs.count, estimate: estimate,
            intervals: Headline(
                csr: interval(csr, confidence: settings.confidence),
                isr: interval(isr, confidence: settings.confidence),
                ssr: interval(ssr, confidence: settings.confidence)))
    }

    /// The central `confidence` percentile interval of the replicates.
    public static func interval(_ replicates: [Double], confidence: Double) -> Interval? {
        guard !replicates.isEmpty else { return nil }
        let sorted = replicates.sorted()
        let tail = (1 - confidence) / 2
        return Interval(low: percentile(sorted, tail), high: percentile(sorted, 1 - tail))
    }

    /// The `p` quantile of sorted values, interpolating linearly between order
    /// statistics (numpy's default), so small replicate counts are still smooth.
    public static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty, "no values")
        let position = min(max(p, 0), 1) * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let weight = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * weight
    }

    /// Running sums of session statistics.
    struct Sums {
        var satisfied = 0, counted = 0, passed = 0, scored = 0
        var leadingFractions = 0.0, stableSessions = 0

        mutating func add(_ session: SessionSummary) {
            satisfied += session.satisfiedItems
            counted += session.countedItems
            passed += session.passedTurns
            scored += session.scoredTurns
            if let fraction = session.leadingFraction {
                leadingFractions += fraction
                stableSessions += 1
            }
        }

        var headline: Headline<Double?> {
            Headline(
                csr: counted > 0 ? Double(satisfied) / Double(counted) : nil,
                isr: scored > 0 ? Double(passed) / Double(scored) : nil,
                ssr: stableSessions > 0 ? leadingFractions / Double(stableSessions) : nil)
        }
    }
}

/// A model's difference from the first model, paired over matched sessions.
public struct PairedDifference: Sendable, Hashable {
    /// Sessions present in both runs.
    public var matchedSessions: Int
    /// `other − base` on the matched sessions.
    public var estimate: Headline<Double?>
    /// Bootstrap intervals of the difference.
    public var intervals: Headline<Interval?>

    /// Creates a difference.
    public init(matchedSessions: Int, estimate: Headline<Double?>, intervals: Headline<Interval?>) {
        self.matchedSessions = matchedSessions
        self.estimate = estimate
        self.intervals = intervals
    }
}
