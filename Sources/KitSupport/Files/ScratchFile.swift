#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file without a name, for data too large to keep in memory until the end
/// of a command (`build` keeps each source's digest here). It is created in a folder the
/// command writes to anyway and unlinked at once, so nothing is left behind, even after
/// a crash or a kill; the space returns when the file is closed.
///
/// Writes go to the end of the file, through a buffer; `read(at:count:)` reads back any
/// part written so far, a block at a time: reads that follow each other (as `build`'s
/// manifest reads the digests, in nearly the order they were written) mostly cost no
/// system call.
public final class ScratchFile {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Bytes already in the file, before `buffer`.
    private var flushed = 0
    private static let bufferLimit = 1 << 16
    /// The block last read back, and where in the file it starts.
    private var block: [UInt8] = []
    private var blockStart = 0

    /// A new scratch file in `folder`; the failure names `folder`.
    public init(in folder: String) throws(AtomicFileWriter.Failure) {
        var template = Array((folder.isEmpty ? "." : folder).utf8CString.dropLast()) + Array("/.scratch-XXXXXX".utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { $0.baseAddress.map { mkstemp($0) } ?? -1 }
        guard opened >= 0 else { throw AtomicFileWriter.Failure(path: folder, reason: SystemFailure.current().reason) }
        template.withUnsafeBufferPointer { if let path = $0.baseAddress { unlink(path) } }
        descriptor = opened
        buffer.reserveCapacity(Self.bufferLimit)
    }

    deinit { close(descriptor) }

    /// Bytes written so far.
    public var count: Int { flushed + buffer.count }

    /// Appends `bytes`.
    public func append(_ bytes: [UInt8]) throws(AtomicFileWriter.Failure) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// `count` bytes from `offset`, which must lie within what was written.
    public func read(at offset: Int, count: Int) throws(AtomicFileWriter.Failure) -> [UInt8] {
        precondition(offset >= 0 && count >= 0 && offset + count <= self.count, "read beyond the scratch file")
        try flush()
        if offset < blockStart || offset + count > blockStart + block.count {
            // The block from `offset`: as much of the file as a buffer holds, and at
            // least what was asked for.
            block = try readFile(at: offset, count: Swift.max(count, Swift.min(Self.bufferLimit, flushed - offset)))
            blockStart = offset
        }
        return Array(block[(offset - blockStart)..<(offset - blockStart + count)])
    }

    private func readFile(at offset: Int, count: Int) throws(AtomicFileWriter.Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { raw in
                raw.baseAddress.map { pread(descriptor, $0 + done, count - done, off_t(offset + done)) } ?? -1
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else {
                throw AtomicFileWriter.Failure(path: "a scratch file", reason: got < 0 ? SystemFailure.current().reason : "it ended early")
            }
            done += got
        }
        return bytes
    }

    private func flush() throws(AtomicFileWriter.Failure) {
        guard !buffer.isEmpty else { return }
        do throws(SystemFailure) {
            try WriteAll.write(buffer, to: descriptor)
        } catch {
            throw AtomicFileWriter.Failure(path: "a scratch file", reason: error.reason)
        }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
