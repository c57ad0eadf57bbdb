import Foundation
import Testing
import KitSupport

@Suite struct AtomicFileWriterTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesAndReplacesLeavingNoTemporaryFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.html")
        try AtomicFileWriter.write(Data("old".utf8), to: file.path)
        try AtomicFileWriter.write(Data("new".utf8), to: file.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.html"])
    }

    @Test func missingFolderIsAnError() {
        #expect {
            try AtomicFileWriter.write(Data(), to: "/nonexistent-folder/report.html")
        } throws: { error in
            (error as? AtomicFileWriter.Failure)?.message == "the folder /nonexistent-folder does not exist"
        }
    }

    @Test func unwritableFolderSaysWhyAndLeavesNothing() throws {
        let dir = try folder()
        defer {
            chmod(dir.path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        chmod(dir.path, 0o555)
        // root ignores permissions; the failure path is only reachable for others.
        guard access(dir.path, W_OK) != 0 else { return }
        #expect {
            try AtomicFileWriter.write(Data("x".utf8), to: dir.appendingPathComponent("f").path)
        } throws: { error in
            (error as? AtomicFileWriter.Failure)?.message.hasPrefix("cannot write: ") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func abandonedWriteLeavesTheOldFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.json")
        try AtomicFileWriter.write(Data("old".utf8), to: file.path)
        let writer = try AtomicFileWriter(path: file.path)
        try writer.write("new")
        writer.abandon()
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.json"])
    }

    // Failure paths that root reaches too (the permission test above is skipped as root).

    @Test func aFolderInTheWayFailsTheCommitAndLeavesNoTemporaryFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.json")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("keep"), withIntermediateDirectories: true)
        #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.write(Data("x".utf8), to: target.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["keep"])
    }

    @Test func aFileWhereTheFolderShouldBeIsAnErrorWithThePath() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notAFolder = dir.appendingPathComponent("plain")
        try Data("x".utf8).write(to: notAFolder)
        let path = notAFolder.appendingPathComponent("out.json").path
        do {
            try AtomicFileWriter.write(Data("y".utf8), to: path)
            Issue.record("writing under a regular file succeeded")
        } catch {
            #expect(error.path == path)
            #expect(error.toolErrors.count == 1 && error.toolErrors[0].file == path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["plain"])
    }
}
