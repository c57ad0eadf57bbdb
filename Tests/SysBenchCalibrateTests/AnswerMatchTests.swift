import Testing
@testable import SysBenchCalibrate

@Suite struct AnswerMatchTests {
    let k1 = ItemKey(caseID: "a", turn: 1, item: 1)
    let k2 = ItemKey(caseID: "a", turn: 2, item: 1)
    let k3 = ItemKey(caseID: "b", turn: 1, item: 1)

    @Test func sameAnswersPassAndItemsOnlyOneRunHoldsAreNotCompared() throws {
        try AnswerMatch.check([k1: "x", k2: "y"], [k1: "x", k3: "z"], firstPath: "r1", secondPath: "r2")
    }

    @Test func theFirstDifferenceInKeyOrderIsNamed() {
        #expect(throws: CalibrationError(
            path: "r2", message: "the answer to a turn 2 item 1 differs from the one in r1; "
                + "judge against judge needs the same answers (use run --rejudge)")) {
            try AnswerMatch.check([k3: "p", k2: "y", k1: "x"], [k3: "q", k2: "Y", k1: "x"], firstPath: "r1", secondPath: "r2")
        }
    }
}
