import Foundation
import KitSupport

extension RunError {
    /// Replaces `path` with `data` through the toolkit's one atomic writer
    /// (`AtomicFileWriter`: temporary file, fsync, rename), failing as a run-folder error.
    static func writing(_ data: Data, to path: String) throws(RunError) {
        do {
            try AtomicFileWriter.write(data, to: path)
        } catch {
            throw RunError.runFolder(path: path, message: error.reason)
        }
    }
}
