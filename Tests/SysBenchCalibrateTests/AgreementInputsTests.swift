import Foundation
import Testing
@testable import SysBenchCalibrate

@Suite struct AgreementInputsTests {
    func file(_ name: String, _ text: String) throws -> String {
        let folder = NSTemporaryDirectory() + "agreement-inputs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func tellsInputsApartByContentAndExtension() throws {
        #expect(try AgreementInputs.kind(path: file("alice.csv", "case,turn,item,label\n")) == .itemsCSV)
        #expect(try AgreementInputs.kind(path: file("r.jsonl", "{}\n")) == .run)
        #expect(try AgreementInputs.kind(path: file("l.json", #"{"format": "sysbench-kit-labels", "version": 1}"#)) == .labelsFile)
        #expect(try AgreementInputs.kind(path: file("e.json", #"[{"id": 1, "data": {}, "annotations": []}]"#)) == .labelStudioExport)
        #expect(try AgreementInputs.kind(path: file("x_eval.json", #"[{"system_id": 1, "rounds_related": false}]"#)) == .run)
        let sample = try file("sample.json", #"{"format": "sysbench-kit calibration sample"}"#)
        #expect(try AgreementInputs.kind(path: sample) == .sample(sample))
        let folder = URL(fileURLWithPath: sample).deletingLastPathComponent().path
        #expect(try AgreementInputs.kind(path: folder) == .sample(URL(fileURLWithPath: folder).appendingPathComponent("sample.json").path))
        #expect(throws: CalibrationError(path: "/nonexistent", message: "no such file or folder")) {
            try AgreementInputs.kind(path: "/nonexistent")
        }
    }

    @Test func refusesLabelsOfAnotherSampleAndLabelsWithoutASample() throws {
        let manifest = SampleManifest(
            run: .init(path: "r", sha256: "x", judgeModel: "j"), seed: 1, size: 1, showJudge: false,
            items: [CalibrationItem(key: ItemKey(caseID: "c", turn: 1, item: 1), type: .content, alignment: .aligned, judge: "是")])
        let sample = try file("sample.json", manifest.text)
        let labels = try file("bob.json", LabelsFile(sample: "other", annotator: "bob", labels: [:]).json())
        #expect(throws: CalibrationError(
            path: labels, message: "the labels are for another sample (other, not \(SampleFolder.sampleID(manifest).prefix(12)))")) {
            try AgreementInputs.report(paths: [sample, labels], bootstrap: .init(replicates: 0))
        }
        let good = try file("ann.json", LabelsFile(
            sample: SampleFolder.sampleID(manifest), annotator: "ann",
            labels: [ItemKey(caseID: "c", turn: 1, item: 1): .no]).json())
        let report = try AgreementInputs.report(paths: [sample, good], bootstrap: .init(replicates: 0))
        #expect(report.pairs.map { "\($0.a)|\($0.b)|\($0.overall.n)|\($0.overall.agreement ?? -1)" } == ["ann|judge:j|1|0.0"])
        #expect(throws: CalibrationError(path: good, message: "labels need their sample: give the sample folder too")) {
            try AgreementInputs.report(paths: [good], bootstrap: .init(replicates: 0))
        }
    }
}
