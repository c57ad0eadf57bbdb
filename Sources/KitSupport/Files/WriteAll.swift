#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one loop that writes a whole buffer to a file descriptor: retried after a
/// signal (EINTR) and after a partial write, failing with the system's reason.
public enum WriteAll {
    /// Writes every byte of `bytes` to `descriptor`; throws the system's reason
    /// (`strerror`) when the kernel refuses.
    public static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws(SystemFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemFailure.current()
            }
            offset += written
        }
    }

    /// Writes every byte of `bytes` to `descriptor`.
    public static func write(_ bytes: [UInt8], to descriptor: Int32) throws(SystemFailure) {
        let failure = bytes.withUnsafeBytes { raw -> SystemFailure? in
            do throws(SystemFailure) {
                try write(raw, to: descriptor)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }
}

/// A failed system call, with the system's own words for why (`strerror(errno)`).
public struct SystemFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The errno value.
    public var code: Int32
    /// The system's text for it, e.g. "No space left on device".
    public var reason: String

    /// The failure `errno` describes now.
    public static func current() -> SystemFailure {
        let code = errno
        return SystemFailure(code: code, reason: String(cString: strerror(code)))
    }

    /// The reason, as printed.
    public var description: String { reason }
}

// At file scope `write` is the C function, not a method of the caller.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
