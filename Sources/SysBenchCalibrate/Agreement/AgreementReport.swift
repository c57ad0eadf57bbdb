import SysBenchScore

/// Everything `calibrate agree` reports: every pair of raters, and α over all people.
///
/// Pairs come in this order: each person against each judge; the people against each
/// other; the people's majority (ties dropped) against each judge, when there are at
/// least two people; the judges against each other (judge against judge).
public struct AgreementReport: Sendable, Hashable {
    /// α over every person, with how many people there are.
    public struct People: Sendable, Hashable {
        /// How many people labelled.
        public var raters: Int
        /// Krippendorff's α over all of them; nil when undefined (fewer than two people).
        public var krippendorffAlpha: Double?

        /// Creates the summary.
        public init(raters: Int, krippendorffAlpha: Double?) {
            self.raters = raters
            self.krippendorffAlpha = krippendorffAlpha
        }
    }

    /// How many items were compared (the sample's size).
    public var items: Int
    /// Every pair, in the order above.
    public var pairs: [PairAgreement]
    /// The people's α.
    public var people: People
    /// How the intervals were made.
    public var bootstrap: BootstrapSettings

    /// Creates a report from its parts.
    public init(items: Int, pairs: [PairAgreement], people: People, bootstrap: BootstrapSettings) {
        self.items = items
        self.pairs = pairs
        self.people = people
        self.bootstrap = bootstrap
    }

    /// Compares the raters on `items`. Names are made unique first (people, then judges):
    /// a second `judge:gpt-4o` becomes `judge:gpt-4o#2`. Labels of items outside `items`
    /// are ignored.
    public init(
        items: [CalibrationItem], people: [RaterLabels], judges: [RaterLabels],
        bootstrap: BootstrapSettings = BootstrapSettings()
    ) {
        let keys = Set(items.map(\.key))
        let names = RaterNames.unique((people + judges).map(\.rater))
        let raters = zip(people + judges, names).map { rater, name in
            RaterLabels(rater: name, labels: rater.labels.filter { keys.contains($0.key) })
        }
        let persons = Array(raters.prefix(people.count))
        let judgeRaters = Array(raters.dropFirst(people.count))

        var pairs: [PairAgreement] = []
        func compare(_ a: RaterLabels, _ b: RaterLabels) {
            pairs.append(PairAgreement(a, b, items: items, bootstrap: bootstrap))
        }
        for person in persons {
            for judge in judgeRaters { compare(person, judge) }
        }
        for (offset, person) in persons.enumerated() {
            for other in persons.dropFirst(offset + 1) { compare(person, other) }
        }
        if persons.count >= 2 {
            let majority = Majority.labels(of: persons, name: RaterNames.unique(names + [RaterNames.majority]).last
                                           ?? RaterNames.majority)
            for judge in judgeRaters { compare(majority, judge) }
        }
        for (offset, judge) in judgeRaters.enumerated() {
            for other in judgeRaters.dropFirst(offset + 1) { compare(judge, other) }
        }

        let units = Set(items.map(\.key)).sorted().map { key in persons.compactMap { $0.labels[key] } }
        self.init(
            items: keys.count, pairs: pairs,
            people: People(raters: persons.count, krippendorffAlpha: KrippendorffAlpha.nominal(units: units)),
            bootstrap: bootstrap)
    }
}
