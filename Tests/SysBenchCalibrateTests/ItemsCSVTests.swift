import Foundation
import Testing
@testable import SysBenchCalibrate

@Suite struct ItemsCSVTests {
    static let item = SampleItem(
        key: ItemKey(caseID: "sysbench-085", turn: 2, item: 1), type: .format, alignment: .misaligned,
        criterion: "用逗号, 分隔", system: "sys", history: [], user: "写\"诗\"", response: "一行\n两行", judge: "不适用")

    @Test func writesTheHeaderAndOneRowAnItem() {
        #expect(ItemsCSV.write([Self.item], showJudge: false) ==
            "case,turn,item,type,alignment,criterion,user,response,label\r\n"
            + "sysbench-085,2,1,format,misaligned,\"用逗号, 分隔\",\"写\"\"诗\"\"\",\"一行\n两行\",\r\n")
        #expect(ItemsCSV.write([Self.item], showJudge: true).hasSuffix(",\"一行\n两行\",,不适用\r\n"))
    }

    @Test func readsFilledInLabelsInBothLanguages() throws {
        let text = ItemsCSV.write([Self.item], showJudge: true)
            .replacingOccurrences(of: ",,不适用", with: ",不适用,不适用")
            + "c2,1,3,role,aligned,x,y,z,YES,是\r\n"
            + "c2,1,4,role,aligned,x,y,z,,是\r\n"
        let labels = try ItemsCSV.read(text, path: "alice.csv", defaultAnnotator: "alice")
        #expect(labels == [
            LabelRecord(annotator: "alice", key: Self.item.key, label: .other, path: "alice.csv", line: 2),
            LabelRecord(annotator: "alice", key: ItemKey(caseID: "c2", turn: 1, item: 3), label: .yes,
                        path: "alice.csv", line: 4),
        ])
    }

    @Test func anAnnotatorColumnNamesThePerson() throws {
        let text = "\u{FEFF}label,annotator,item,turn,case\nno,bob,1,1,c\n否,,2,1,c\n"
        let labels = try ItemsCSV.read(text, path: "x.csv", defaultAnnotator: "x")
        #expect(labels.map(\.annotator) == ["bob", "x"])
        #expect(labels.map(\.label) == [.no, .no])
    }

    @Test func errorsNameTheFileLineAndCase() {
        #expect(throws: CalibrationError(
            path: "a.csv", line: 3, message: "unknown label \"maybe\" for c turn 1 item 2 (use yes, no or not applicable)")) {
            try ItemsCSV.read("case,turn,item,label\nc,1,1,yes\nc,1,2,maybe\n", path: "a.csv", defaultAnnotator: "a")
        }
        #expect(throws: CalibrationError(path: "a.csv", line: 1, message: "the header has no \"label\" column")) {
            try ItemsCSV.read("case,turn,item\nc,1,1\n", path: "a.csv", defaultAnnotator: "a")
        }
        #expect(throws: CalibrationError(path: "a.csv", line: 2, message: "the row has 3 fields where the header has 4")) {
            try ItemsCSV.read("case,turn,item,label\nc,1,1\n", path: "a.csv", defaultAnnotator: "a")
        }
        #expect(throws: CalibrationError(
            path: "a.csv", line: 2, message: "the row needs a case, a turn and an item (1-based), not \"c\", \"0\", \"1\"")) {
            try ItemsCSV.read("case,turn,item,label\nc,0,1,yes\n", path: "a.csv", defaultAnnotator: "a")
        }
        #expect(throws: CalibrationError(path: "a.csv", message: "the file is empty")) {
            try ItemsCSV.read("", path: "a.csv", defaultAnnotator: "a")
        }
    }
}
