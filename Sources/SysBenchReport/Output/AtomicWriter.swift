import Foundation
import SysBenchCore

/// Writes a file so that readers see the old contents or the new, never a part,
/// through Core's `AtomicFileWriter`; first it says plainly when the folder is missing.
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
        do {
            try AtomicFileWriter.write(data, to: path)
        } catch {
            throw Failure(path: path, message: "cannot write the report: \(error.reason)")
        }
    }
}
