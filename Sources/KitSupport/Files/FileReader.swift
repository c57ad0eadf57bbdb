#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files as bytes through POSIX calls, without Foundation's copies.
public enum FileReader {
    /// Why a file could not be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot read: \(reason)" }
    }

    /// The file's bytes. Fails with the system's reason (no such file, a directory …).
    public static func bytes(atPath path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(path: path, reason: errnoText()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(path: path, reason: errnoText()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure(path: path, reason: "it is a directory") }
        // One read into a buffer of the size fstat gave (plus one byte, to see the end
        // of the file without a second buffer); only a file that grew meanwhile, or one
        // whose size the system does not know, is read further in chunks.
        let capacity = max(Int(info.st_size), 0) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let got = systemRead(fd, base + count, buffer.count - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                count += got
            }
        }
        if failure != 0 { throw Failure(path: path, reason: errnoText(failure)) }
        guard bytes.count == capacity else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: errnoText())
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    private static func errnoText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}

// At file scope `read` is the C function on Linux and macOS alike.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

extension FileReader.Failure: ToolErrorConvertible {
    /// The error as values for the CLI to render.
    public var toolErrors: [ToolError] {
        [ToolError(file: path, message: "cannot read: \(reason)")]
    }
}
