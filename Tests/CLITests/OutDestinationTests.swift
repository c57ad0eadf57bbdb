import Foundation
import Testing

/// `export --out` and `report --out` never replace a link, a FIFO or a device, and `-`
/// is standard output. Stand-ins for `/dev/stdout` are temporary links and FIFOs; the
/// real one is never touched.
@Suite struct OutDestinationTests {
    static let run = URL(fileURLWithPath: CLI.packageRoot + "/../shared/sysbench/runs/gpt4o_eval.json").standardizedFileURL.path

    func kind(_ path: String) -> mode_t {
        var info = stat()
        lstat(path, &info)
        return info.st_mode & S_IFMT
    }

    @Test func exportThroughASymlinkWritesItsTargetAndKeepsTheLink() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/target.json"))
        #expect(symlink(dir + "/target.json", dir + "/stdout") == 0)
        let result = try CLI.run(["export", "sysbench", "dataset", "--out", dir + "/stdout"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(kind(dir + "/stdout") == S_IFLNK)
        #expect(try CLI.read(dir + "/target.json").hasPrefix("[\n  {\n    \"system_id\": "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["stdout", "target.json"])
    }

    @Test func exportToAFifoIsRefusedAndTheFifoKept() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/pipe", 0o644) == 0)
        let result = try CLI.run(["export", "sysbench", "dataset", "--out", dir + "/pipe"])
        #expect(result.status == 2)
        #expect(result.stderr == "\(dir)/pipe: error: cannot write: is a FIFO (named pipe), not a regular file\n")
        #expect(kind(dir + "/pipe") == S_IFIFO)
    }

    @Test func exportToAFolderIsRefused() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try CLI.run(["export", "sysbench", "dataset", "--out", dir])
        #expect(result.status == 2)
        #expect(result.stderr == "\(dir): error: cannot write: is a folder, not a file\n")
    }

    @Test func exportDashWritesStandardOutput() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try CLI.run(["export", "sysbench", "dataset", "--out", "-"], in: CLI.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("[\n  {\n    \"system_id\": "))
        #expect(result.stderr.contains("sessions to standard output"))
        #expect(!FileManager.default.fileExists(atPath: CLI.packageRoot + "/-"))
    }

    @Test func reportDashWritesStandardOutput() throws {
        let result = try CLI.run(["report", Self.run, "--out", "-", "--bootstrap", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stderr.hasPrefix("wrote the page to standard output (1 run, "))
        #expect(!FileManager.default.fileExists(atPath: CLI.packageRoot + "/-"))
    }

    @Test func reportThroughASymlinkAndToAFifo() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(symlink("page.html", dir + "/link.html") == 0)
        let linked = try CLI.run(["report", Self.run, "--out", dir + "/link.html", "--bootstrap", "0"])
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(kind(dir + "/link.html") == S_IFLNK)
        #expect(try CLI.read(dir + "/page.html").hasPrefix("<!DOCTYPE html>"))
        #expect(mkfifo(dir + "/pipe", 0o644) == 0)
        let piped = try CLI.run(["report", Self.run, "--out", dir + "/pipe", "--bootstrap", "0"])
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("is a FIFO (named pipe), not a regular file"))
        #expect(kind(dir + "/pipe") == S_IFIFO)
    }
}
