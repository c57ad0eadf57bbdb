import Foundation
import Testing
import KitSupport

/// What the atomic writer does with each kind of thing already at the path: it only
/// ever replaces a regular file or nothing.
@Suite struct AtomicFileWriterFileKindTests {
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kinds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func kind(_ path: String) -> mode_t {
        var info = stat()
        lstat(path, &info)
        return info.st_mode & S_IFMT
    }

    func refusal(_ path: String) -> String? {
        do {
            try AtomicFileWriter.write(Array("new".utf8), to: path)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func nothingThereIsCreated() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomicFileWriter.write(Array("new".utf8), to: dir + "/out.json")
        #expect(try text(dir + "/out.json") == "new")
    }

    @Test func symlinkIsWrittenThroughAndKept() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/real/target.json"))
        // A relative link, then a link to that link: both followed.
        #expect(symlink("real/target.json", dir + "/link.json") == 0)
        #expect(symlink(dir + "/link.json", dir + "/link2.json") == 0)
        try AtomicFileWriter.write(Array("new".utf8), to: dir + "/link2.json")
        #expect(kind(dir + "/link.json") == S_IFLNK)
        #expect(kind(dir + "/link2.json") == S_IFLNK)
        #expect(kind(dir + "/real/target.json") == S_IFREG)
        #expect(try text(dir + "/real/target.json") == "new")
        // The temporary file lived beside the target and is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/real") == ["target.json"])
    }

    @Test func danglingSymlinkCreatesItsTarget() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(symlink("made.json", dir + "/link.json") == 0)
        try AtomicFileWriter.write(Array("new".utf8), to: dir + "/link.json")
        #expect(kind(dir + "/link.json") == S_IFLNK)
        #expect(try text(dir + "/made.json") == "new")
    }

    @Test func folderIsRefused() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        #expect(refusal(dir + "/sub") == "cannot write: is a folder, not a file")
        #expect(kind(dir + "/sub") == S_IFDIR)
    }

    @Test func fifoIsRefusedAndKept() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/pipe", 0o644) == 0)
        #expect(refusal(dir + "/pipe") == "cannot write: is a FIFO (named pipe), not a regular file")
        #expect(kind(dir + "/pipe") == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["pipe"])
    }

    @Test func symlinkToFifoIsRefusedNamingTheTarget() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/pipe", 0o644) == 0)
        #expect(symlink(dir + "/pipe", dir + "/link") == 0)
        #expect(refusal(dir + "/link") == "cannot write: its target \(dir)/pipe is a FIFO (named pipe), not a regular file")
        #expect(kind(dir + "/link") == S_IFLNK)
    }

    @Test func deviceIsRefusedAndKept() throws {
        // /dev/null is a character device every system has; the write is refused before
        // anything is created beside it.
        #expect(refusal("/dev/null") == "cannot write: is a device, not a regular file")
        #expect(kind("/dev/null") == S_IFCHR)
    }

    @Test func socketIsRefused() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/sock"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() where index < raw.count - 1 { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        #expect(refusal(path) == "cannot write: is a socket, not a regular file")
        #expect(kind(path) == S_IFSOCK)
    }
}
