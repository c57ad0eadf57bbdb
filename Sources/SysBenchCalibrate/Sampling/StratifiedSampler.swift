import SysBenchCore
import SysBenchScore

/// The stratified sample of CALIBRATE.md.
///
/// The size is split as evenly as possible over the six constraint types (in the paper's
/// order; a type with too few items gives its share to the others), and within a type as
/// evenly as possible between items the judge passed (`yes`) and items it did not (`no`
/// or any other verdict), passed first when the split is odd. Items with a judge failure
/// are never sampled. Within a stratum the items are put in key order and drawn by a
/// partial Fisher–Yates shuffle with ``SplitMix64`` seeded with the seed, strata in the
/// order type, then passed before not passed, one generator for all. The sample comes
/// back in key order, so the same items, size and seed always give the same sample in
/// the same order, whatever order the items came in.
public enum StratifiedSampler {
    /// One stratum: a constraint type and whether the judge passed the item.
    public struct Stratum: Hashable, Sendable, Comparable {
        /// The constraint type.
        public var type: ConstraintType
        /// Whether the judge's verdict was yes.
        public var passed: Bool

        /// Creates a stratum.
        public init(type: ConstraintType, passed: Bool) {
            self.type = type
            self.passed = passed
        }

        /// Type order, then passed before not passed.
        public static func < (lhs: Stratum, rhs: Stratum) -> Bool {
            lhs.type != rhs.type ? lhs.type < rhs.type : (lhs.passed && !rhs.passed)
        }
    }

    /// The stratum of an item, or nil when the judge failed on it.
    public static func stratum(of item: SampleItem) -> Stratum? {
        guard let judge = item.judge else { return nil }
        return Stratum(type: item.type, passed: Label(judgeVerdict: judge) == .yes)
    }

    /// How many items each stratum gives to a sample of `size` from `items`.
    public static func quotas(_ items: [SampleItem], size: Int) -> [Stratum: Int] {
        var available: [Stratum: Int] = [:]
        for item in items {
            if let stratum = stratum(of: item) { available[stratum, default: 0] += 1 }
        }
        func count(_ type: ConstraintType, _ passed: Bool) -> Int {
            available[Stratum(type: type, passed: passed)] ?? 0
        }
        let types = ConstraintType.allCases.sorted()
        let perType = EvenSplit.split(size, capacities: types.map { count($0, true) + count($0, false) })
        var quotas: [Stratum: Int] = [:]
        for (type, quota) in zip(types, perType) {
            let halves = EvenSplit.split(quota, capacities: [count(type, true), count(type, false)])
            quotas[Stratum(type: type, passed: true)] = halves[0]
            quotas[Stratum(type: type, passed: false)] = halves[1]
        }
        return quotas
    }

    /// Draws a sample of `size` items from a run's items.
    ///
    /// Throws when the size is below 1, when two items share a key, when the judge failed
    /// on every item, or when the size is larger than the items the judge judged.
    public static func sample(_ items: [SampleItem], size: Int, seed: UInt64) throws(CalibrationError) -> [SampleItem] {
        guard size >= 1 else { throw CalibrationError(message: "the sample size must be at least 1, not \(size)") }
        var seen = Set<ItemKey>()
        for item in items where !seen.insert(item.key).inserted {
            throw CalibrationError(message: "the run holds \(item.key.readable) twice")
        }
        var strata: [Stratum: [SampleItem]] = [:]
        for item in items {
            if let stratum = stratum(of: item) { strata[stratum, default: []].append(item) }
        }
        let judged = strata.values.reduce(0) { $0 + $1.count }
        guard !items.isEmpty else { throw CalibrationError(message: "the run has no checklist items to sample") }
        guard judged > 0 else {
            throw CalibrationError(message: "the run has judge failures only: no item has a verdict to calibrate")
        }
        guard size <= judged else {
            throw CalibrationError(
                message: "the sample size \(size) is larger than the \(judged) items the judge gave a verdict on")
        }
        let plan = Self.quotas(items, size: size)
        var generator = SplitMix64(seed: seed)
        var chosen: [SampleItem] = []
        for stratum in strata.keys.sorted() {
            var pool = (strata[stratum] ?? []).sorted { $0.key < $1.key }
            let quota = plan[stratum] ?? 0
            for index in 0..<quota {
                let pick = index + generator.index(below: pool.count - index)
                pool.swapAt(index, pick)
            }
            chosen += pool.prefix(quota)
        }
        return chosen.sorted { $0.key < $1.key }
    }
}
