import Foundation
import SysBenchCore
import SysBenchScore

/// A run folder: the manifest, the journal and the derived results (names in
/// ``SysBenchScore/RunFolderFiles``).
public struct RunFolder: Sendable {
    /// The folder path.
    public let path: String

    /// Creates a handle; nothing is touched until ``prepare(manifest:forceNew:)``.
    public init(path: String) {
        self.path = path
    }

    /// Path of a file in the folder.
    public func file(_ name: String) -> String {
        URL(fileURLWithPath: path).appendingPathComponent(name).path
    }

    /// Makes the folder ready for `manifest`: creates it, or checks that an existing
    /// run was started with the same settings (refusing with what differs), or, with
    /// `forceNew`, removes the previous run's files. Returns the open journal and what
    /// it already holds.
    public func prepare(manifest: RunManifest, forceNew: Bool) throws(RunError) -> (Journal, Journal.Recovery) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw RunError.runFolder(path: path, message: "cannot create the run folder")
        }
        let manifestPath = file(RunFolderFiles.manifest)
        if forceNew {
            for name in RunFolderFiles.all {
                try? manager.removeItem(atPath: file(name))
            }
        }
        if let data = manager.contents(atPath: manifestPath) {
            guard let stored = try? JSONDecoder().decode(RunManifest.self, from: data) else {
                throw RunError.runFolder(path: manifestPath, message: "not a run manifest (use --force-new to start over)")
            }
            let differences = manifest.differences(from: stored)
            guard differences.isEmpty else { throw RunError.manifestMismatch(differences: differences) }
        } else {
            if manager.fileExists(atPath: file(RunFolderFiles.journal)) {
                throw RunError.runFolder(path: path, message: "a journal without run.json; use --force-new to start over")
            }
            try RunError.writing(manifest.encoded(), to: manifestPath)
        }
        return try Journal.open(path: file(RunFolderFiles.journal))
    }
}
