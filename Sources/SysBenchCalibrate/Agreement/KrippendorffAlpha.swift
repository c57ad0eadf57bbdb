/// Krippendorff's α for nominal data, any number of raters, missing labels allowed.
///
/// Per CALIBRATE.md: only units with at least two labels count; each unit adds, for every
/// ordered pair of labels by different raters, 1/(m_u − 1) to the coincidence of their
/// values; α = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, null when that denominator is 0.
public struct KrippendorffAlpha<Value: Hashable>: Sendable where Value: Sendable {
    /// Σ_{c≠k} o_ck: the off-diagonal mass of the coincidence matrix.
    private var disagreeingCoincidences = 0.0
    /// n_c: the pairable values of each kind.
    private var valueTotals: [Value: Int] = [:]
    /// n: every pairable value.
    private var pairableValues = 0

    /// No units yet.
    public init() {}

    /// α over the given units, each the labels its raters gave (missing ones left out).
    public static func nominal<U: Sequence>(units: U) -> Double? where U.Element == [Value] {
        var alpha = KrippendorffAlpha()
        for unit in units { alpha.add(unit: unit) }
        return alpha.value
    }

    /// Adds one unit given as its labels; a unit with fewer than two is not pairable.
    public mutating func add(unit: [Value]) {
        var counts: [Value: Int] = [:]
        for value in unit { counts[value, default: 0] += 1 }
        add(unitCounts: counts, repeated: 1)
    }

    /// Adds `repeated` identical units, each holding `counts[value]` labels of each value.
    public mutating func add(unitCounts counts: [Value: Int], repeated: Int) {
        let m = counts.values.reduce(0, +)
        guard m >= 2, repeated > 0 else { return }
        let sameValuePairs = counts.values.reduce(0) { $0 + $1 * $1 }
        // Ordered pairs of different raters' labels with different values: m² − Σ n_uc².
        disagreeingCoincidences += Double(repeated * (m * m - sameValuePairs)) / Double(m - 1)
        for (value, count) in counts { valueTotals[value, default: 0] += count * repeated }
        pairableValues += m * repeated
    }

    /// α, or nil when Σ_{c≠k} n_c·n_k is 0 (no pairable values, or all of one kind).
    public var value: Double? {
        let n = pairableValues
        let denominator = n * n - valueTotals.values.reduce(0) { $0 + $1 * $1 }
        guard denominator > 0 else { return nil }
        return 1 - Double(n - 1) * disagreeingCoincidences / Double(denominator)
    }
}
