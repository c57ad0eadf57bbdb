import Foundation
import Testing
@testable import SysBenchCalibrate

@Suite struct LabelsFileTests {
    func read(_ text: String) throws(LabelFileError) -> LabelsFile {
        try LabelsFile(data: Data(text.utf8), path: "alice.json")
    }

    func failure(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsTheExportIntoTheAnnotatorsLabels() throws {
        let file = try read("""
            {"format": "sysbench-kit-labels", "version": 1, "sample": "abc", "annotator": " alice ",
             "labels": [{"case": "c1", "turn": 1, "item": 2, "label": "yes"},
                        {"case": "c1", "turn": 2, "item": 1, "label": "not applicable"},
                        {"case": "c2", "turn": 1, "item": 1, "label": "否"}]}
            """)
        #expect(file.sample == "abc")
        #expect(file.raterLabels == RaterLabels(rater: "alice", labels: [
            ItemKey(caseID: "c1", turn: 1, item: 2): .yes,
            ItemKey(caseID: "c1", turn: 2, item: 1): .other,
            ItemKey(caseID: "c2", turn: 1, item: 1): .no,
        ]))
    }

    @Test func namesWhatIsWrong() {
        #expect(failure(#"{"format": "other", "version": 1}"#)
            == #"alice.json: error: not a label.html export: "format" is not "sysbench-kit-labels""#)
        #expect(failure(#"[1, 2]"#) == "alice.json: error: a value of the wrong kind at the top level")
        #expect(failure("{") == "alice.json: error: not valid JSON")
        #expect(failure(#"{"format": "sysbench-kit-labels", "version": 2}"#)
            == "alice.json: error: labels version 2 is not 1")
        #expect(failure(#"{"format": "sysbench-kit-labels", "version": 1, "sample": "s", "annotator": "", "labels": []}"#)
            == "alice.json: error: the annotator's name is empty")
        #expect(failure(#"{"format": "sysbench-kit-labels", "version": 1, "sample": "s", "annotator": "a", "labels": [{"case": "c", "item": 1, "label": "yes"}]}"#)
            == #"alice.json: error: missing "turn" at labels[0]"#)
    }

    @Test func refusesAnUnknownLabelNamingTheFirstCase() {
        #expect(failure("""
            {"format": "sysbench-kit-labels", "version": 1, "sample": "s", "annotator": "bob",
             "labels": [{"case": "c1", "turn": 1, "item": 1, "label": "yes"},
                        {"case": "c7", "turn": 3, "item": 2, "label": "maybe"},
                        {"case": "c8", "turn": 1, "item": 1, "label": "dunno"}]}
            """) == #"alice.json: error: unknown label "maybe" for case c7 turn 3 item 2 (expected yes, no or not applicable)"#)
    }

    /// The file keeps a repeat; the collector every label file goes through refuses it.
    @Test func refusesTwoLabelsForOneItem() throws {
        let file = try read("""
            {"format": "sysbench-kit-labels", "version": 1, "sample": "s", "annotator": "bob",
             "labels": [{"case": "c1", "turn": 1, "item": 1, "label": "yes"},
                        {"case": "c1", "turn": 1, "item": 1, "label": "no"}]}
            """)
        #expect(file.records.count == 2)
        #expect(throws: CalibrationError(
            path: "alice.json", message: "bob labelled c1 turn 1 item 1 twice (first at alice.json)")) {
            try LabelCollector.collect(file.records, sample: [ItemKey(caseID: "c1", turn: 1, item: 1)])
        }
    }

    @Test func writesWhatItReads() throws {
        let file = LabelsFile(sample: "s", annotator: "carol", labels: [
            ItemKey(caseID: "b", turn: 1, item: 1): .other, ItemKey(caseID: "a", turn: 2, item: 1): .no,
        ])
        let text = file.json()
        #expect(try read(text) == file)
        #expect(text.contains(#""label": "not applicable""#))
        #expect(text.range(of: #""case": "a""#)?.lowerBound ?? text.endIndex < text.range(of: #""case": "b""#)?.lowerBound ?? text.startIndex)
    }

    @Test func reportsAFileItCannotRead() {
        #expect(throws: LabelFileError(path: "/nonexistent/labels.json", message: "cannot read: No such file or directory")) {
            try LabelsFile.read(path: "/nonexistent/labels.json")
        }
    }

    /// What label-check.py labels on the test sample: y, n by keyboard, not applicable by mouse.
    static let browserLabels: [ItemKey: Label] = [
        ItemKey(caseID: "wuhan-travel", turn: 1, item: 1): .yes,
        ItemKey(caseID: "wuhan-travel", turn: 2, item: 2): .no,
        ItemKey(caseID: "markup-case", turn: 1, item: 3): .other,
    ]

    /// A real export from headless Chromium (`make label-check`), kept as a fixture.
    @Test func readsAnExportChromiumMade() throws {
        let file = try LabelsFile.read(path: Fixtures.path("label-page-export.json"))
        #expect(file.sample == LabelSample.sampleID)
        #expect(file.raterLabels == RaterLabels(rater: "Ada 测试", labels: Self.browserLabels))
    }

    /// `scripts/label-check.sh` sets LABEL_EXPORT to the file it just exported.
    @Test func readsTheBrowserExport() throws {
        guard let path = ProcessInfo.processInfo.environment["LABEL_EXPORT"] else { return }
        let file = try LabelsFile.read(path: path)
        #expect(file.sample == LabelSample.sampleID)
        #expect(file.raterLabels == RaterLabels(rater: "Ada 测试", labels: Self.browserLabels))
    }
}
