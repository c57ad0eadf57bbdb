/// The agreement statistics of two raters over the items both labelled.
///
/// Each is nil where CALIBRATE.md leaves it undefined: agreement when no item was
/// labelled by both, Cohen's κ when p_e = 1, Gwet's AC1 when fewer than two categories
/// were used, Krippendorff's α when its expected disagreement is 0.
public struct PairStatistics: Sendable, Hashable {
    /// Items both raters labelled.
    public var n: Int
    /// p_o: the share of items with equal labels.
    public var agreement: Double?
    /// Cohen's κ = (p_o − p_e)/(1 − p_e), p_e = Σ_k p_A(k)·p_B(k).
    public var cohenKappa: Double?
    /// Gwet's AC1 = (p_o − p_e)/(1 − p_e), p_e = Σ_k π_k(1 − π_k)/(q − 1).
    public var gwetAC1: Double?
    /// Krippendorff's α, nominal, over the items as two-label units.
    public var krippendorffAlpha: Double?

    /// Creates statistics from their values.
    public init(n: Int, agreement: Double?, cohenKappa: Double?, gwetAC1: Double?, krippendorffAlpha: Double?) {
        self.n = n
        self.agreement = agreement
        self.cohenKappa = cohenKappa
        self.gwetAC1 = gwetAC1
        self.krippendorffAlpha = krippendorffAlpha
    }

    /// Every statistic of a confusion matrix.
    public init(_ table: ConfusionMatrix) {
        let n = table.total
        self.n = n
        guard n > 0 else { return }
        let agreeing = table.agreeing
        agreement = Double(agreeing) / Double(n)

        // κ in counts: (n·agreeing − Σ n_A·n_B)/(n² − Σ n_A·n_B); exact test for p_e = 1.
        let chance = Label.allCases.reduce(0) { $0 + table.rowTotal($1) * table.columnTotal($1) }
        if chance != n * n {
            cohenKappa = Double(n * agreeing - chance) / Double(n * n - chance)
        }

        let categories = table.categories
        if categories.count > 1, let p = agreement {
            let q = Double(categories.count)
            var sum = 0.0
            for label in categories {
                let pi = Double(table.rowTotal(label) + table.columnTotal(label)) / Double(2 * n)
                sum += pi * (1 - pi)
            }
            let expected = sum / (q - 1)
            gwetAC1 = (p - expected) / (1 - expected)
        }

        var alpha = KrippendorffAlpha<Label>()
        for a in Label.allCases {
            for b in Label.allCases where table[a, b] > 0 {
                let counts: [Label: Int] = a == b ? [a: 2] : [a: 1, b: 1]
                alpha.add(unitCounts: counts, repeated: table[a, b])
            }
        }
        krippendorffAlpha = alpha.value
    }

    /// The four statistics in report order, named as in the JSON output.
    public var named: [(name: String, value: Double?)] {
        [("agreement", agreement), ("cohen_kappa", cohenKappa), ("gwet_ac1", gwetAC1),
         ("krippendorff_alpha", krippendorffAlpha)]
    }
}
