#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a temporary file in the same folder, renamed over the target
/// only on `commit()`. A run that stops half way leaves the old file (or none), never a
/// partial one; the temporary file is removed when the writer is dropped uncommitted.
///
/// Only a regular file or nothing is ever replaced: a symbolic link is written through
/// (the temporary file sits beside its final target), and a folder, device, FIFO or
/// socket is refused before anything is written (``WriteDestination``).
///
/// Appends are buffered so that streaming thousands of records costs few system calls.
public final class AtomicFileWriter {
    /// Why the file could not be written.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file that was to be written.
        public var path: String
        /// Why it was not, in the system's words or plainer ones (a missing folder).
        public var reason: String
        /// The destination's folder, when that is what is missing.
        public var missingFolder: String? = nil

        /// What went wrong, for the one line the CLI prints after `path: error:`.
        public var message: String {
            missingFolder.map { "the folder \($0) does not exist" } ?? "cannot write: \(reason)"
        }

        /// `path: cannot write: reason`.
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    /// The path as given, named in messages.
    public let path: String
    /// The file that appears on `commit()`: `path`, or the final target of the link it is.
    public let target: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var done = false
    private static let bufferLimit = 1 << 18

    /// Creates the temporary file beside `path`.
    public init(path: String) throws(Failure) {
        let target: String
        switch WriteDestination.resolve(path) {
        case .success(let resolved): target = resolved
        case .failure(let refusal): throw Failure(path: path, reason: refusal.reason)
        }
        self.path = path
        self.target = target
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        temporaryPath = "\(folder).\(name).tmp-\(getpid())"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = Self.errnoText()
            var info = stat()
            let parent = folder.isEmpty ? "." : String(folder.dropLast())
            if stat(parent.isEmpty ? "/" : parent, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR {
                let missing = parent.isEmpty ? "/" : parent
                throw Failure(path: path, reason: "the folder \(missing) does not exist", missingFolder: missing)
            }
            throw Failure(path: path, reason: reason)
        }
        buffer.reserveCapacity(Self.bufferLimit)
    }

    deinit {
        if !done {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    /// Appends bytes.
    public func write<Bytes: Sequence>(_ bytes: Bytes) throws(Failure) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Appends text as UTF-8.
    public func write(_ text: String) throws(Failure) {
        try write(text.utf8)
    }

    /// Writes what is buffered, then renames the temporary file over `path`. With
    /// `durable`, the data reaches the disk before the rename (survives a power cut,
    /// not only a stopped process).
    public func commit(durable: Bool = true) throws(Failure) {
        try flush()
        done = true
        guard !durable || fsync(descriptor) == 0 || errno == EINVAL else {
            let reason = Self.errnoText()
            close(descriptor)
            unlink(temporaryPath)
            throw Failure(path: path, reason: reason)
        }
        close(descriptor)
        guard rename(temporaryPath, target) == 0 else {
            let reason = Self.errnoText()
            unlink(temporaryPath)
            throw Failure(path: path, reason: reason)
        }
    }

    /// Replaces `path` with `bytes` in one step: written beside it, synced, renamed.
    public static func write<Bytes: Sequence>(_ bytes: Bytes, to path: String) throws(Failure) where Bytes.Element == UInt8 {
        let file = try AtomicFileWriter(path: path)
        try file.write(bytes)
        try file.commit()
    }

    /// Drops the temporary file; `path` is left as it was.
    public func abandon() {
        guard !done else { return }
        done = true
        close(descriptor)
        unlink(temporaryPath)
    }

    private func flush() throws(Failure) {
        do {
            try WriteAll.write(buffer, to: descriptor)
        } catch {
            throw Failure(path: path, reason: error.reason)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

extension AtomicFileWriter.Failure: ToolErrorConvertible {
    /// The error as values for the CLI to render.
    public var toolErrors: [ToolError] {
        [ToolError(file: path, message: message)]
    }
}
