/// Counts of (label of rater A, label of rater B) over the items both labelled.
///
/// Every two-rater statistic of CALIBRATE.md is a function of this table, which is why
/// the bootstrap resamples per-case tables and adds them up.
public struct ConfusionMatrix: Sendable, Hashable {
    /// `counts[a][b]`, indexed by ``Label/index``.
    private var counts: [[Int]] = Array(repeating: Array(repeating: 0, count: 3), count: 3)

    /// An empty table.
    public init() {}

    /// A table of the given (A, B) label pairs.
    public init<S: Sequence>(pairs: S) where S.Element == (Label, Label) {
        for (a, b) in pairs { add(a, b) }
    }

    /// Counts one item labelled `a` by A and `b` by B.
    public mutating func add(_ a: Label, _ b: Label, count: Int = 1) {
        counts[a.index][b.index] += count
    }

    /// Adds every count of `other`.
    public mutating func add(_ other: ConfusionMatrix) {
        for a in 0..<3 {
            for b in 0..<3 { counts[a][b] += other.counts[a][b] }
        }
    }

    /// Items labelled `a` by A and `b` by B.
    public subscript(a: Label, b: Label) -> Int { counts[a.index][b.index] }

    /// Items both raters labelled.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// Items with equal labels.
    public var agreeing: Int { (0..<3).reduce(0) { $0 + counts[$1][$1] } }

    /// How often A gave `label`.
    public func rowTotal(_ label: Label) -> Int { counts[label.index].reduce(0, +) }

    /// How often B gave `label`.
    public func columnTotal(_ label: Label) -> Int { counts.reduce(0) { $0 + $1[label.index] } }

    /// The labels either rater used, in the order yes, no, other: the q categories of AC1
    /// and the rows and columns a report shows.
    public var categories: [Label] {
        Label.allCases.sorted().filter { rowTotal($0) + columnTotal($0) > 0 }
    }
}

extension Label {
    /// A dense index for tables: yes 0, no 1, other 2.
    var index: Int {
        switch self {
        case .yes: 0
        case .no: 1
        case .other: 2
        }
    }
}
