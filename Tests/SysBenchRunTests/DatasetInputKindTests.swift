import Foundation
import Testing
@testable import SysBenchRun

/// `run --dataset` given a dataset folder or the SysBench release says what it expects.
@Suite struct DatasetInputKindTests {
    func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dataset-kind-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aFolderIsRefusedWithWhatToDo() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: RunError.dataset(
            path: dir, line: nil,
            message: "is a folder; run --dataset expects the sysbench.jsonl that `sysbench-kit build` writes "
                + "(for a dataset folder: `sysbench-kit build \(dir) --out DIR`)")) {
            try Dataset.load(path: dir)
        }
    }

    @Test func aBuildFolderPointsAtTheReleaseInside() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(Fixtures.lines[0].utf8).write(to: URL(fileURLWithPath: dir + "/sysbench.jsonl"))
        #expect(throws: RunError.dataset(
            path: dir, line: nil,
            message: "is a folder; did you mean --dataset \(dir)/sysbench.jsonl? "
                + "(run --dataset expects the sysbench.jsonl that `sysbench-kit build` writes)")) {
            try Dataset.load(path: dir)
        }
    }

    @Test func theSysBenchReleaseIsRecognised() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/release.json"
        try Data("\n[\n  {\"system_id\": 1}\n]".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: RunError.dataset(
            path: path, line: nil,
            message: "holds a JSON array, like the SysBench release; run --dataset expects the sysbench.jsonl "
                + "that `sysbench-kit build` writes (for a SysBench release: `sysbench-kit import` it, then `build`)")) {
            try Dataset.load(path: path)
        }
    }
}
