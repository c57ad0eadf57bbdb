import Foundation

/// The few file-system operations the release and import code need, with errors as values.
enum FileSystem {
    /// Creates `path` and its parents when missing.
    static func makeFolder(_ path: String) throws(ReleaseBuildError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .unwritable("\(path): cannot create folder: \(error.localizedDescription)")
        }
    }

    /// Whether anything (file, folder, link to one) is at `path`.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
