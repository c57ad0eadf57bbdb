#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a write to a path really lands: the path itself when it names a regular file
/// or nothing, the final target when it is a symbolic link (followed, however many
/// links deep). Anything else — a folder, a device, a FIFO, a socket — is refused, so
/// a write never replaces something that is not a regular file.
public enum WriteDestination {
    /// The file to create or replace for a write to `path`, or why there is none.
    /// The reason reads as the end of `path: cannot write: …`.
    public static func resolve(_ path: String) -> Result<String, Refusal> {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                // Nothing there (or a dangling link's target): the write creates it.
                return .success(current)
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                return .success(current)
            case S_IFLNK:
                guard let target = readLink(current) else { return .failure(Refusal(reason: "cannot read the link")) }
                current = target.hasPrefix("/") ? target : folder(of: current) + target
            case S_IFDIR:
                return .failure(Refusal(reason: "\(described(current, path))is a folder, not a file"))
            case S_IFCHR, S_IFBLK:
                return .failure(Refusal(reason: "\(described(current, path))is a device, not a regular file"))
            case S_IFIFO:
                return .failure(Refusal(reason: "\(described(current, path))is a FIFO (named pipe), not a regular file"))
            case S_IFSOCK:
                return .failure(Refusal(reason: "\(described(current, path))is a socket, not a regular file"))
            default:
                return .failure(Refusal(reason: "\(described(current, path))is not a regular file"))
            }
        }
        return .failure(Refusal(reason: "too many levels of symbolic links"))
    }

    /// Why a path cannot be written as a regular file.
    public struct Refusal: Error, Sendable, Hashable {
        /// Plain words, e.g. `is a FIFO (named pipe), not a regular file`.
        public var reason: String
    }

    /// `dir/` of `dir/name`, `""` for a bare name.
    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    }

    private static func described(_ resolved: String, _ given: String) -> String {
        resolved == given ? "" : "its target \(resolved) "
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
