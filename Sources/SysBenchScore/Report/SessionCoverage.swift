import KitSupport

/// Which sessions the compared runs cover. Runs of different subsets (a `--limit`ed run
/// beside a full one) are compared only over the sessions they share: the paired
/// differences already are, and `sharedHeadlines` gives each model's CSR, ISR and SSR
/// over those sessions for marking the best.
public struct SessionCoverage: Sendable, Hashable {
    /// Distinct sessions (by pairing key) of each model, in model order.
    public var sessions: [Int]
    /// Sessions every model has.
    public var shared: Int
    /// Whether every model has the same sessions.
    public var isUniform: Bool
    /// Each model's headline metrics over the shared sessions only.
    public var sharedHeadlines: [Headline<Double?>]

    /// The coverage of `models` (each run's per-session summaries).
    public init(models: [[SessionSummary]]) {
        let keySets = models.map { Set($0.compactMap(\.key)) }
        sessions = keySets.map(\.count)
        let common = keySets.dropFirst().reduce(keySets.first ?? []) { $0.intersection($1) }
        shared = common.count
        isUniform = keySets.allSatisfy { $0 == keySets.first }
        sharedHeadlines = models.map { summaries in
            var sums = Bootstrap.Sums()
            var seen = Set<String>()
            for summary in summaries {
                guard let key = summary.key, common.contains(key), seen.insert(key).inserted else { continue }
                sums.add(summary)
            }
            return sums.headline
        }
    }

    /// The warning to show when the runs cover different sessions, naming each run's
    /// count; nil when they cover the same.
    public func warning(names: [String]) -> String? {
        guard !isUniform, names.count > 1 else { return nil }
        let each = zip(names, sessions).map { "\($0) \($1)" }.joined(separator: ", ")
        return "the runs cover different sessions (\(each)): paired differences and ★ use only the "
            + Counted.phrase(shared, "session") + " they share"
    }
}
