import Testing
@testable import SysBenchCalibrate

@Suite struct SampleManifestTests {
    static let manifest = SampleManifest(
        run: .init(path: "runs/gpt-4o", sha256: "ab12", judgeModel: "gpt-4o"), seed: 7, size: 2, showJudge: false,
        items: [
            CalibrationItem(key: ItemKey(caseID: "sysbench-001", turn: 1, item: 2), type: .format,
                            alignment: .aligned, judge: "是"),
            CalibrationItem(key: ItemKey(caseID: "sysbench-002", turn: 3, item: 1), type: .role,
                            alignment: .misaligned, judge: "部分是"),
        ])

    @Test func writesTheDocumentedShape() {
        #expect(Self.manifest.json.compactText ==
            #"{"format":"sysbench-kit calibration sample","version":1,"#
            + #""run":{"path":"runs/gpt-4o","sha256":"ab12","judge_model":"gpt-4o"},"seed":7,"size":2,"show_judge":false,"#
            + #""items":[{"case":"sysbench-001","turn":1,"item":2,"type":"format","alignment":"aligned","judge":"是"},"#
            + #"{"case":"sysbench-002","turn":3,"item":1,"type":"role","alignment":"misaligned","judge":"部分是"}]}"#)
        #expect(Self.manifest.text.hasSuffix("]\n}\n"))
    }

    @Test func readsBackWhatItWrites() throws {
        #expect(try SampleManifest.read(Self.manifest.text, path: "sample.json") == Self.manifest)
        var big = Self.manifest
        big.seed = UInt64.max
        big.run.judgeModel = nil
        #expect(try SampleManifest.read(big.text, path: "sample.json") == big)
    }

    @Test func theJudgesLabelsAreNamedAfterItsModel() {
        let labels = Self.manifest.judgeLabels
        #expect(labels.rater == "judge:gpt-4o")
        #expect(labels.labels == [Self.manifest.items[0].key: .yes, Self.manifest.items[1].key: .other])
    }

    @Test func errorsNameTheField() {
        #expect(throws: CalibrationError(path: "s.json", message: "items[0] has an unknown type \"colour\"")) {
            try SampleManifest.read(
                #"{"format":"sysbench-kit calibration sample","version":1,"run":{"path":"r","sha256":"x"},"seed":1,"#
                    + #""size":1,"show_judge":true,"items":[{"case":"c","turn":1,"item":1,"type":"colour","alignment":"aligned"}]}"#,
                path: "s.json")
        }
        #expect(throws: CalibrationError(path: "s.json", line: 1, message: "not JSON: expected a key in quotes")) {
            try SampleManifest.read("{", path: "s.json")
        }
        #expect(throws: CalibrationError(
            path: "s.json", message: "not a calibration sample (\"format\" is not \"sysbench-kit calibration sample\")")) {
            try SampleManifest.read("{}", path: "s.json")
        }
    }
}
