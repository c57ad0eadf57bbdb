import SysBenchCore

/// Everything `score` reports: each model's metrics and intervals and, with two or
/// more models, each model's paired difference from the first.
public struct ScoreReport: Sendable, Hashable {
    /// One model's scores.
    public struct Model: Sendable, Hashable {
        /// The model's name.
        public var name: String
        /// Where its run was read from.
        public var source: String
        /// The metrics.
        public var metrics: RunMetrics
        /// Bootstrap intervals of the headline metrics.
        public var intervals: Headline<Interval?>
        /// The checks beside the judge; nil when no item of the run carries a check.
        public var checks: CheckSummary?
    }

    /// One model compared with the first.
    public struct Comparison: Sendable, Hashable {
        /// The compared model.
        public var model: String
        /// The first model, the baseline.
        public var baseline: String
        /// The paired difference `model − baseline`.
        public var difference: PairedDifference
    }

    /// The policy the metrics follow.
    public var policy: ScoringPolicy
    /// The bootstrap settings of the intervals.
    public var bootstrap: BootstrapSettings
    /// Models in input order.
    public var models: [Model]
    /// Differences of models 2… from model 1; empty with one model.
    public var differences: [Comparison]
    /// Which sessions the models cover, and their headlines over the shared ones.
    public var coverage: SessionCoverage

    /// Scores the runs: metrics, intervals and paired differences.
    public init(runs: [ScoredRun], policy: ScoringPolicy, bootstrap: BootstrapSettings) {
        self.policy = policy
        self.bootstrap = bootstrap
        models = runs.map { run in
            let metrics = RunMetrics(run, policy: policy)
            return Model(
                name: run.model, source: run.source, metrics: metrics,
                intervals: Bootstrap.intervals(metrics.sessions, settings: bootstrap),
                checks: CheckSummary(run, policy: policy))
        }
        coverage = SessionCoverage(models: models.map(\.metrics.sessions))
        guard let first = models.first else {
            differences = []
            return
        }
        differences = models.dropFirst().map { model in
            Comparison(
                model: model.name, baseline: first.name,
                difference: Bootstrap.pairedDifference(
                    base: first.metrics.sessions, other: model.metrics.sessions, settings: bootstrap))
        }
    }

    /// The largest turn position scored in any model (the length of ISR by turn).
    public var maxTurns: Int {
        models.map(\.metrics.isrByTurn.count).max() ?? 0
    }

    /// The longest R_k list of a mode in any model.
    public func maxStabilityTurns(_ mode: Mode) -> Int {
        models.map { $0.metrics.ssrByMode[mode]?.r.count ?? 0 }.max() ?? 0
    }
}

