import Testing
@testable import SysBenchCalibrate

@Suite struct LabelCollectorTests {
    let k1 = ItemKey(caseID: "c", turn: 1, item: 1)
    let k2 = ItemKey(caseID: "c", turn: 1, item: 2)

    @Test func groupsByAnnotatorInOrderOfAppearance() throws {
        let records = [
            LabelRecord(annotator: "bob", key: k1, label: .no, path: "b.csv", line: 2),
            LabelRecord(annotator: "alice", key: k1, label: .yes, path: "a.json"),
            LabelRecord(annotator: "bob", key: k2, label: .other, path: "b.csv", line: 3),
        ]
        #expect(try LabelCollector.collect(records, sample: [k1, k2]) == [
            RaterLabels(rater: "bob", labels: [k1: .no, k2: .other]),
            RaterLabels(rater: "alice", labels: [k1: .yes]),
        ])
    }

    @Test func aLabelOutsideTheSampleIsAnError() {
        let records = [LabelRecord(annotator: "bob", key: k2, label: .no, path: "b.csv", line: 7)]
        #expect(throws: CalibrationError(path: "b.csv", line: 7, message: "bob labelled c turn 1 item 2, which is not in the sample")) {
            try LabelCollector.collect(records, sample: [k1])
        }
    }

    @Test func twoLabelsByOnePersonAreAnErrorEvenAcrossFiles() {
        let records = [
            LabelRecord(annotator: "bob", key: k1, label: .no, path: "b.csv", line: 2),
            LabelRecord(annotator: "bob", key: k1, label: .no, path: "labels.json"),
        ]
        #expect(throws: CalibrationError(path: "labels.json", message: "bob labelled c turn 1 item 1 twice (first at b.csv:2)")) {
            try LabelCollector.collect(records, sample: [k1])
        }
    }
}
