/// One checklist item of one turn: the unit that people and judges label.
///
/// `turn` and `item` are 1-based, as CALIBRATE.md numbers them. SysBench `*_eval.json`
/// runs use the case ids that `import sysbench` gives (`sysbench-001` …).
public struct ItemKey: Hashable, Comparable, Sendable, Codable {
    public var caseID: String
    public var turn: Int
    public var item: Int

    public init(caseID: String, turn: Int, item: Int) {
        self.caseID = caseID
        self.turn = turn
        self.item = item
    }

    enum CodingKeys: String, CodingKey {
        case caseID = "case", turn, item
    }

    public static func < (lhs: ItemKey, rhs: ItemKey) -> Bool {
        (lhs.caseID, lhs.turn, lhs.item) < (rhs.caseID, rhs.turn, rhs.item)
    }
}
