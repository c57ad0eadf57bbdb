import Foundation
import KitSupport
import Testing
@testable import SysBenchCore

@Suite struct RecordSourceTests {
    @Test func aMissingPathIsNamedAsMissing() {
        #expect(throws: ToolError(file: "/nonexistent/release.jsonl", message: "no such file or folder")) {
            try RecordSource.load("/nonexistent/release.jsonl")
        }
    }

    @Test func aFileOfAnotherKindIsToldWhatIsExpected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("record-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt").path
        try "hello".write(toFile: notes, atomically: true, encoding: .utf8)
        #expect(throws: ToolError(file: notes, message: "expected a dataset folder, a .jsonl release or a SysBench .json file")) {
            try RecordSource.load(notes)
        }
    }
}
