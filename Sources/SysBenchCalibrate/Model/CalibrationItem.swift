import SysBenchCore
import SysBenchScore

/// What calibration keeps of a sampled item: its key, the strata it is reported by, and
/// the judge's raw verdict (nil for a judge failure). `sample.json` lists these, and the
/// agreement report breaks its statistics down by their type and alignment.
public struct CalibrationItem: Hashable, Sendable {
    /// The item.
    public var key: ItemKey
    /// Its constraint type.
    public var type: ConstraintType
    /// The alignment of its turn.
    public var alignment: Alignment
    /// The judge's verdict text as the run holds it, nil for a judge failure.
    public var judge: String?

    /// Creates an item.
    public init(key: ItemKey, type: ConstraintType, alignment: Alignment, judge: String?) {
        self.key = key
        self.type = type
        self.alignment = alignment
        self.judge = judge
    }

    /// The judge's verdict as a label; nil for a judge failure.
    public var judgeLabel: Label? { judge.map(Label.init(judgeVerdict:)) }
}

extension SampleItem {
    /// The item as `sample.json` records it.
    public var calibrationItem: CalibrationItem {
        CalibrationItem(key: key, type: type, alignment: alignment, judge: judge)
    }
}

extension Label {
    /// Normalises a judge's verdict text as `score` does: 是/yes/true/pass is yes,
    /// 否/no/false/fail is no, anything else (不适用, 部分是 …) is other.
    public init(judgeVerdict raw: String) {
        switch Verdict(raw: raw) {
        case .yes: self = .yes
        case .no: self = .no
        case .other: self = .other
        }
    }
}
