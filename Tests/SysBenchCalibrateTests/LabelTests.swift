import Testing
@testable import SysBenchCalibrate

@Suite struct LabelTests {
    @Test func readsPeoplesWordsInBothLanguages() {
        #expect(Label(personText: " Yes ") == .yes)
        #expect(Label(personText: "否") == .no)
        #expect(Label(personText: "not applicable") == .other)
        #expect(Label(personText: "不适用") == .other)
        #expect(Label(personText: "maybe") == nil)
        #expect(Label(personText: "") == nil)
    }

    @Test func itemKeysSortByCaseThenTurnThenItem() {
        let keys = [ItemKey(caseID: "b", turn: 1, item: 1), ItemKey(caseID: "a", turn: 2, item: 1),
                    ItemKey(caseID: "a", turn: 1, item: 3)]
        #expect(keys.sorted().map(\.caseID) == ["a", "a", "b"])
        #expect(keys.sorted().first?.item == 3)
    }
}
