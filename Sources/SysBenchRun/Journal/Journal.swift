import Foundation
import KitSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Free functions, so the names do not collide with Journal's own `open` and `close`.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}

private func systemClose(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}

/// The run's append-only journal (`journal.jsonl`): one line per answer or judgment.
///
/// Every entry goes to the file with write(2) as soon as it exists, so a killed run
/// loses only what was in flight; the file is fsynced every ``syncEvery`` entries and
/// on ``sync()``. On opening, a torn last line (no newline, or not a journal entry)
/// is dropped and truncated away before anything is appended.
public final class Journal: @unchecked Sendable {
    // The descriptor and counter are guarded by `lock`; appends from many tasks never interleave.
    private let lock = NSLock()
    /// Entries between two fsyncs.
    public let syncEvery: Int

    private let path: String
    private var descriptor: Int32
    private var unsynced = 0

    private init(path: String, descriptor: Int32, syncEvery: Int) {
        self.path = path
        self.descriptor = descriptor
        self.syncEvery = syncEvery
    }

    /// What opening found: the entries and how many torn bytes were cut off.
    public struct Recovery: Sendable {
        /// The entries in file order.
        public var entries: [JournalEntry]
        /// Bytes of a torn tail that were truncated away (0 normally).
        public var droppedBytes: Int
    }

    /// Opens (creating) the journal at `path`, recovering from a torn tail.
    public static func open(path: String, syncEvery: Int = 32) throws(RunError) -> (Journal, Recovery) {
        let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        let recovery = try recover(data, path: path)
        let descriptor = systemOpen(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RunError.runFolder(path: path, message: "cannot open the journal for writing") }
        if recovery.droppedBytes > 0 {
            let keep = off_t(data.count - recovery.droppedBytes)
            guard ftruncate(descriptor, keep) == 0, fsync(descriptor) == 0 else {
                _ = systemClose(descriptor)
                throw RunError.runFolder(path: path, message: "cannot truncate the torn last line")
            }
        }
        return (Journal(path: path, descriptor: descriptor, syncEvery: max(1, syncEvery)), recovery)
    }

    /// Splits journal bytes into entries; pure so torn tails are tested without files.
    /// A bad line followed by good ones means damage a crash cannot cause: an error.
    public static func recover(_ data: Data, path: String) throws(RunError) -> Recovery {
        var entries: [JournalEntry] = []
        var goodEnd = data.startIndex
        var badLine: Int?
        // An unterminated last line is a torn append: dropped, like a bad last line.
        for line in JSONLines.lines(data) where line.isTerminated {
            if let entry = JournalEntry(line: Data(line.bytes)) {
                if let badLine {
                    throw RunError.runFolder(path: path, message: "line \(badLine) is not a journal entry")
                }
                entries.append(entry)
                goodEnd = line.end
            } else if badLine == nil {
                badLine = line.number
            }
        }
        return Recovery(entries: entries, droppedBytes: data.endIndex - goodEnd)
    }

    /// Appends `entry` as one line with one write(2) (repeated only if the kernel
    /// writes part of it).
    public func append(_ entry: JournalEntry) throws(RunError) {
        lock.lock()
        defer { lock.unlock() }
        do {
            try WriteAll.write(Array((entry.jsonLine + "\n").utf8), to: descriptor)
        } catch {
            throw RunError.runFolder(path: path, message: "cannot append to the journal: \(error.reason)")
        }
        unsynced += 1
        if unsynced >= syncEvery { try syncLocked() }
    }

    /// Forces appended entries to disk.
    public func sync() throws(RunError) {
        lock.lock()
        defer { lock.unlock() }
        try syncLocked()
    }

    private func syncLocked() throws(RunError) {
        guard unsynced > 0, descriptor >= 0 else { return }
        guard fsync(descriptor) == 0 else {
            throw RunError.runFolder(path: path, message: "cannot fsync the journal (errno \(errno))")
        }
        unsynced = 0
    }

    /// Syncs and closes the file; the journal is unusable afterwards.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        guard descriptor >= 0 else { return }
        try? syncLocked()
        _ = systemClose(descriptor)
        descriptor = -1
    }
}
