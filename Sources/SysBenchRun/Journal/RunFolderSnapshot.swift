import Foundation
import SysBenchCore
import SysBenchScore

/// The results of a run folder as its journal has them now, for `score` and `report`
/// on a run that is still going or was stopped before it rewrote its results file.
/// Read only: nothing in the folder is written.
public struct RunFolderSnapshot: Sendable {
    /// The results lines (one ``SysBenchScore/JudgedTurnRecord`` each), as the run
    /// itself would write them.
    public var results: Data
    /// Turns judged so far.
    public var judgedTurns: Int
    /// Turns of the run's dataset (all of it: `--limit` is not recorded in run.json).
    public var totalTurns: Int
    /// Why the journal was read: the results file is missing or older than the journal.
    public var reason: String

    /// The snapshot of the run folder at `path`; nil when it is no run folder or its
    /// results file is at least as new as its journal (then that file is the answer).
    public static func load(path: String) throws(RunError) -> RunFolderSnapshot? {
        let folder = RunFolder(path: path)
        let manager = FileManager.default
        let journalPath = folder.file(RunFolderFiles.journal)
        let resultsPath = folder.file(RunFolderFiles.results)
        guard let journalDate = modified(journalPath) else { return nil }
        let reason: String
        if let resultsDate = modified(resultsPath) {
            guard resultsDate < journalDate else { return nil }
            reason = "\(RunFolderFiles.results) is older than the journal"
        } else {
            reason = "there is no \(RunFolderFiles.results)"
        }
        let manifestPath = folder.file(RunFolderFiles.manifest)
        guard let manifestData = manager.contents(atPath: manifestPath),
              let manifest = try? JSONDecoder().decode(RunManifest.self, from: manifestData)
        else { throw RunError.runFolder(path: manifestPath, message: "missing or not a run manifest") }
        let dataset: Dataset
        do {
            dataset = try Dataset.load(path: manifest.datasetPath)
        } catch {
            throw RunError.runFolder(
                path: path,
                message: "\(reason), and the dataset named in \(RunFolderFiles.manifest) (\(manifest.datasetPath)) "
                    + "cannot be read to derive results from the journal: \(error)")
        }
        guard dataset.sha256 == manifest.datasetSHA256 else {
            throw RunError.runFolder(
                path: path, message: "\(reason), and \(manifest.datasetPath) changed since the run started")
        }
        let journalData = manager.contents(atPath: journalPath) ?? Data()
        let state = JournalState(try Journal.recover(journalData, path: journalPath).entries)
        let lines = try ResultsFile.lines(
            cases: dataset.cases, state: state, model: manifest.model, judgeModel: manifest.judgeModel)
        let text = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        return RunFolderSnapshot(
            results: Data(text.utf8), judgedTurns: lines.count,
            totalTurns: dataset.cases.reduce(0) { $0 + $1.turns.count }, reason: reason)
    }

    /// Turns of the run's dataset, when the folder names a readable dataset in its
    /// manifest; nil otherwise (then nothing is said about completeness).
    public static func totalTurns(path: String) -> Int? {
        let folder = RunFolder(path: path)
        guard let data = FileManager.default.contents(atPath: folder.file(RunFolderFiles.manifest)),
              let manifest = try? JSONDecoder().decode(RunManifest.self, from: data),
              let dataset = try? Dataset.load(path: manifest.datasetPath)
        else { return nil }
        return dataset.cases.reduce(0) { $0 + $1.turns.count }
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
