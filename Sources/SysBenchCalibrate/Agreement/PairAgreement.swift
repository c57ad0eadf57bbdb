import SysBenchCore
import SysBenchScore

/// One item two raters labelled differently.
public struct Disagreement: Sendable, Hashable {
    /// The item.
    public var key: ItemKey
    /// Rater A's label.
    public var a: Label
    /// Rater B's label.
    public var b: Label

    /// Creates a disagreement.
    public init(key: ItemKey, a: Label, b: Label) {
        self.key = key
        self.a = a
        self.b = b
    }
}

/// How far two raters agree: the statistics over all items with their intervals, the
/// confusion matrix, the statistics by constraint type and by alignment, and the items
/// they disagree on.
public struct PairAgreement: Sendable, Hashable {
    /// Rater A's name.
    public var a: String
    /// Rater B's name.
    public var b: String
    /// The statistics over every item both labelled.
    public var overall: PairStatistics
    /// Bootstrap intervals of ``overall``.
    public var intervals: StatisticIntervals
    /// Counts of (A's label, B's label).
    public var confusion: ConfusionMatrix
    /// The statistics on each constraint type's items (all six, empty ones with n = 0).
    public var byType: [ConstraintType: PairStatistics]
    /// The statistics on aligned and on misaligned items.
    public var byAlignment: [Alignment: PairStatistics]
    /// The items labelled differently, in key order.
    public var disagreements: [Disagreement]
    /// The confusion matrix of each constraint type the pair labelled together.
    public var confusionByType: [ConstraintType: ConfusionMatrix]

    /// Creates a pair from its parts.
    public init(
        a: String, b: String, overall: PairStatistics, intervals: StatisticIntervals, confusion: ConfusionMatrix,
        byType: [ConstraintType: PairStatistics], byAlignment: [Alignment: PairStatistics], disagreements: [Disagreement],
        confusionByType: [ConstraintType: ConfusionMatrix] = [:]
    ) {
        self.a = a
        self.b = b
        self.overall = overall
        self.intervals = intervals
        self.confusion = confusion
        self.byType = byType
        self.byAlignment = byAlignment
        self.disagreements = disagreements
        self.confusionByType = confusionByType
    }

    /// Compares `a` with `b` on `items`; labels of items outside `items` are ignored.
    public init(_ a: RaterLabels, _ b: RaterLabels, items: [CalibrationItem], bootstrap: BootstrapSettings) {
        var confusion = ConfusionMatrix()
        var types: [ConstraintType: ConfusionMatrix] = [:]
        var alignments: [Alignment: ConfusionMatrix] = [:]
        var pairs: [(key: ItemKey, a: Label, b: Label)] = []
        var disagreements: [Disagreement] = []
        var seen = Set<ItemKey>()
        for item in items.sorted(by: { $0.key < $1.key }) where seen.insert(item.key).inserted {
            guard let labelA = a.labels[item.key], let labelB = b.labels[item.key] else { continue }
            confusion.add(labelA, labelB)
            types[item.type, default: ConfusionMatrix()].add(labelA, labelB)
            alignments[item.alignment, default: ConfusionMatrix()].add(labelA, labelB)
            pairs.append((item.key, labelA, labelB))
            if labelA != labelB { disagreements.append(Disagreement(key: item.key, a: labelA, b: labelB)) }
        }
        self.init(
            a: a.rater, b: b.rater, overall: PairStatistics(confusion),
            intervals: AgreementBootstrap.intervals(pairs, settings: bootstrap), confusion: confusion,
            byType: Dictionary(uniqueKeysWithValues: ConstraintType.allCases.map {
                ($0, PairStatistics(types[$0] ?? ConfusionMatrix()))
            }),
            byAlignment: Dictionary(uniqueKeysWithValues: Alignment.allCases.map {
                ($0, PairStatistics(alignments[$0] ?? ConfusionMatrix()))
            }),
            disagreements: disagreements, confusionByType: types)
    }
}
