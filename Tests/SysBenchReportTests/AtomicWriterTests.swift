import Foundation
import Testing
@testable import SysBenchReport

@Suite struct AtomicWriterTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesAndReplacesLeavingNoTemporaryFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.html")
        try AtomicWriter.write(Data("old".utf8), to: file.path)
        try AtomicWriter.write(Data("new".utf8), to: file.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.html"])
    }

    @Test func missingFolderIsAnError() {
        #expect {
            try AtomicWriter.write(Data(), to: "/nonexistent-folder/report.html")
        } throws: { error in
            (error as? AtomicWriter.Failure)?.description
                == "/nonexistent-folder/report.html: error: the folder /nonexistent-folder does not exist"
        }
    }
}
