import Foundation
import Testing
@testable import SysBenchCalibrate

@Suite struct LabelStudioExportTests {
    func raters(_ text: String) throws -> [RaterLabels] {
        let records = try LabelStudioExport.records(data: Data(text.utf8), path: "export.json")
        return try Self.grouped(records)
    }

    /// The records checked and grouped by the collector `agree` uses, raters by name.
    static func grouped(_ records: [LabelRecord]) throws -> [RaterLabels] {
        try LabelCollector.collect(records, sample: Set(records.map(\.key))).sorted { $0.rater < $1.rater }
    }

    func failure(_ text: String) -> String? {
        do {
            _ = try raters(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    func task(_ id: Int, _ caseID: String, _ turn: Int, _ item: Int, _ annotations: String) -> String {
        #"{"id": \#(id), "data": {"case": "\#(caseID)", "turn": \#(turn), "item": \#(item)}, "annotations": [\#(annotations)]}"#
    }

    func annotation(_ by: String, _ choice: String?, cancelled: Bool = false) -> String {
        let result = choice.map { #"[{"from_name": "label", "to_name": "response", "type": "choices", "value": {"choices": ["\#($0)"]}}]"# } ?? "[]"
        return #"{"completed_by": \#(by), "was_cancelled": \#(cancelled), "result": \#(result)}"#
    }

    @Test func readsOneRaterAnAnnotator() throws {
        let export = "[" + [
            task(1, "c1", 1, 1, annotation("1", "yes") + "," + annotation(#"{"id": 2, "email": "bob@example.org"}"#, "no")),
            task(2, "c1", 2, 3, annotation("1", "not applicable") + "," + annotation("2", nil, cancelled: true)),
            task(3, "c2", 1, 1, ""),
        ].joined(separator: ",") + "]"
        #expect(try raters(export) == [
            RaterLabels(rater: "bob@example.org", labels: [ItemKey(caseID: "c1", turn: 1, item: 1): .no]),
            RaterLabels(rater: "labelstudio:1", labels: [
                ItemKey(caseID: "c1", turn: 1, item: 1): .yes, ItemKey(caseID: "c1", turn: 2, item: 3): .other,
            ]),
        ])
    }

    @Test func namesWhatIsWrong() {
        #expect(failure(#"{"tasks": []}"#) == "export.json: error: not a Label Studio JSON export: expected an array of tasks")
        #expect(failure(#"[{"id": 4, "data": {"text": "hi"}}]"#)
            == "export.json: error: task 4 has no case, turn and item in its data: not a sysbench-kit sample")
        #expect(failure("[" + task(5, "c9", 2, 1, annotation("3", "maybe")) + "]")
            == #"export.json: error: unknown label "maybe" for case c9 turn 2 item 1 (expected yes, no or not applicable)"#)
        #expect(failure("[" + task(5, "c9", 2, 1, annotation("3", "yes") + "," + annotation("3", "no")) + "]")
            == "export.json: error: labelstudio:3 labelled c9 turn 2 item 1 twice (first at export.json)")
    }

    /// A real export from Label Studio 1.23 (scripts/labelstudio-try.sh), two annotators.
    @Test func readsARealExport() throws {
        let raters = try Self.grouped(LabelStudioExport.read(path: Fixtures.path("labelstudio-export.json")))
        #expect(raters.map(\.rater) == LabelStudioExportTests.realRaters.map(\.rater))
        #expect(raters == LabelStudioExportTests.realRaters)
    }

    /// The same project exported as a snapshot whose `completed_by` carries the e-mail.
    @Test func namesAnnotatorsByEmailWhenTheExportCarriesIt() throws {
        let raters = try Self.grouped(LabelStudioExport.read(path: Fixtures.path("labelstudio-export-emails.json")))
        #expect(raters.map(\.rater) == ["ada@example.org", "bob@example.org"])
        #expect(raters.map(\.labels) == LabelStudioExportTests.realRaters.map(\.labels))
    }

    /// What scripts/labelstudio-try.py annotated: user 1 three items, user 2 two (one
    /// disagreement) and a skip, which gives no label.
    static let realRaters = [
        RaterLabels(rater: "labelstudio:1", labels: [
            ItemKey(caseID: "markup-case", turn: 1, item: 3): .other,
            ItemKey(caseID: "wuhan-travel", turn: 1, item: 1): .yes,
            ItemKey(caseID: "wuhan-travel", turn: 2, item: 2): .no,
        ]),
        RaterLabels(rater: "labelstudio:2", labels: [
            ItemKey(caseID: "wuhan-travel", turn: 1, item: 1): .yes,
            ItemKey(caseID: "wuhan-travel", turn: 2, item: 2): .yes,
        ]),
    ]
}
