import SysBenchCore

/// A rate kept as its parts, so empty denominators stay visible instead of NaN.
public struct Ratio: Sendable, Hashable {
    /// What was counted (or summed, for SSR's mean of fractions).
    public var numerator: Double
    /// Out of how many.
    public var denominator: Double

    /// Creates a ratio.
    public init(_ numerator: Double, of denominator: Double) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// An empty ratio, 0 of 0.
    public static let empty = Ratio(0, of: 0)

    /// The rate in 0...1, or nil when the denominator is zero.
    public var value: Double? {
        denominator > 0 ? numerator / denominator : nil
    }

    /// Adds one observation.
    mutating func add(_ hit: Bool) {
        numerator += hit ? 1 : 0
        denominator += 1
    }
}

/// Rates split by a turn's alignment.
public struct AlignmentRates: Sendable, Hashable {
    /// Turns that agree with the system message.
    public var aligned = Ratio.empty
    /// Turns that pull against it.
    public var misaligned = Ratio.empty
    /// All turns (including any of unknown alignment).
    public var total = Ratio.empty

    /// Creates empty rates.
    public init() {}

    mutating func add(_ hit: Bool, alignment: Alignment?) {
        switch alignment {
        case .aligned: aligned.add(hit)
        case .misaligned: misaligned.add(hit)
        case nil: break
        }
        total.add(hit)
    }
}

/// SSR for a group of sessions.
public struct StabilityRates: Sendable, Hashable {
    /// `R[k-1]`: share of sessions (of those with at least k turns, all of them
    /// scored) whose first k turns all pass.
    public var r: [Ratio] = []
    /// Mean over sessions of leading passing turns ÷ scored turns.
    public var ssr = Ratio.empty

    /// Creates empty rates.
    public init() {}

    mutating func add(_ summary: SessionSummary) {
        guard let fraction = summary.leadingFraction else { return }
        ssr.numerator += fraction
        ssr.denominator += 1
        while r.count < summary.scoredTurns { r.append(.empty) }
        for k in 1...summary.scoredTurns {
            r[k - 1].add(summary.leadingPasses >= k)
        }
    }
}

