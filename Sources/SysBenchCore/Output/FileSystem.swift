import Foundation
import KitSupport

/// The few file-system operations the release and import code need, with errors as values.
enum FileSystem {
    /// Creates `path` and its parents when missing.
    static func makeFolder(_ path: String) throws(ReleaseBuildError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            // Foundation's own words here begin "The operation could not be completed."
            throw .unwritable(ToolError(file: path, message: "exists and is not a folder"))
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(ToolError(file: path, message: "cannot create folder: \(error.localizedDescription)"))
        }
    }

    /// Whether anything (file, folder, link to one) is at `path`.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
