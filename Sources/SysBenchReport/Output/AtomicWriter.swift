import Foundation

/// Writes a file so that readers see the old contents or the new, never a part:
/// the bytes go to a temporary file in the same folder, which is then renamed over
/// the destination (rename is atomic within a file system).
public enum AtomicWriter {
    /// Why the file could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The destination.
        public var path: String
        /// What went wrong.
        public var message: String

        /// The error as the CLI prints it: `path: error: message`.
        public var description: String { "\(path): error: \(message)" }
    }

    /// Writes `data` to `path`, replacing any file there.
    public static func write(_ data: Data, to path: String) throws(Failure) {
        let destination = URL(fileURLWithPath: path)
        let folder = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(path: path, message: "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(
            ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw Failure(path: path, message: "cannot write to \(folder.path)")
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(path: path, message: "cannot replace the file: \(reason)")
        }
    }
}
