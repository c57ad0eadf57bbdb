import Foundation
import Testing
@testable import SysBenchCalibrate

@Suite struct SampleFolderTests {
    func scratch() -> String {
        NSTemporaryDirectory() + "sample-folder-\(UUID().uuidString)"
    }

    @Test func writesIntoANewOrEmptyFolderOnly() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SampleFolder.write([("a.txt", "one"), ("b.txt", "two")], to: folder + "/new")
        #expect(try String(contentsOfFile: folder + "/new/b.txt", encoding: .utf8) == "two")
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        try SampleFolder.write([("a.txt", "one")], to: folder + "/empty")
        #expect(throws: CalibrationError(path: folder + "/new", message: "--out is not empty (2 entries); choose a new folder")) {
            try SampleFolder.write([("a.txt", "three")], to: folder + "/new")
        }
        #expect(try String(contentsOfFile: folder + "/new/a.txt", encoding: .utf8) == "one")
        #expect(throws: CalibrationError(path: folder + "/new/a.txt", message: "--out exists and is not a folder")) {
            try SampleFolder.write([], to: folder + "/new/a.txt")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["empty", "new"])
    }

    @Test func theSampleIDIsTheManifestsHash() {
        let manifest = SampleManifest(
            run: .init(path: "r", sha256: "x", judgeModel: "j"), seed: 1, size: 0, showJudge: false, items: [])
        let files = SampleFolder.files(items: [], manifest: manifest)
        #expect(files.map(\.name) == ["items.csv", "label.html", "labelstudio.json", "labelstudio.xml", "sample.json"])
        #expect(files[1].text.contains(SampleFolder.sampleID(manifest)))
        #expect(SampleFolder.sampleID(manifest).count == 64)
    }
}
