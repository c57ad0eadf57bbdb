import Foundation
import KitSupport

/// The folder `calibrate sample` writes: `items.csv`, `label.html`, `labelstudio.json`,
/// `labelstudio.xml` and `sample.json`.
///
/// The files are made in memory, written into a fresh folder beside `--out` and moved
/// into place in one rename, so a failed run leaves nothing half written. An existing
/// `--out` must be an empty folder.
public enum SampleFolder {
    /// The spreadsheet of items.
    public static let itemsFile = "items.csv"
    /// The offline label page.
    public static let pageFile = "label.html"
    /// The Label Studio tasks.
    public static let tasksFile = "labelstudio.json"
    /// The Label Studio labelling config.
    public static let configFile = "labelstudio.xml"
    /// What was sampled.
    public static let manifestFile = "sample.json"

    /// The sample's id: the sha256 of `sample.json`'s text. The label page keys its saved
    /// progress with it and writes it into `labels.json`, so `agree` can tell labels of
    /// another sample.
    public static func sampleID(_ manifest: SampleManifest) -> String {
        SHA256Hex.digest(Data(manifest.text.utf8))
    }

    /// The files of a sample, by name, in the order written.
    public static func files(items: [SampleItem], manifest: SampleManifest) -> [(name: String, text: String)] {
        [
            (itemsFile, ItemsCSV.write(items, showJudge: manifest.showJudge)),
            (pageFile, LabelPage.html(items: items, sampleID: sampleID(manifest), showJudge: manifest.showJudge)),
            (tasksFile, LabelStudioTasks.json(items: items, showJudge: manifest.showJudge)),
            (configFile, LabelStudioConfig.xml),
            (manifestFile, manifest.text),
        ]
    }

    /// Writes `files` as the folder `out`, which must not exist or be empty.
    public static func write(_ files: [(name: String, text: String)], to out: String) throws(CalibrationError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: out, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CalibrationError(path: out, message: "--out exists and is not a folder")
            }
            let entries = (try? manager.contentsOfDirectory(atPath: out)) ?? []
            guard entries.isEmpty else {
                throw CalibrationError(
                    path: out, message: "--out is not empty (\(entries.count) entries); choose a new folder")
            }
        }
        let target = URL(fileURLWithPath: out).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw CalibrationError(path: parent.path, message: "cannot create a folder here")
        }
        do {
            for file in files {
                try AtomicFileWriter.write(Data(file.text.utf8), to: staging.appendingPathComponent(file.name).path)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw CalibrationError(path: error.path, message: "cannot write: \(error.reason)")
        }
        if manager.fileExists(atPath: target.path) { try? manager.removeItem(at: target) }
        guard rename(staging.path, target.path) == 0 else {
            try? manager.removeItem(at: staging)
            throw CalibrationError(path: out, message: "cannot move the sample into place")
        }
    }
}
