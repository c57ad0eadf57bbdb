import ArgumentParser
import SysBenchCore
import SysBenchScore

/// Reading runs for `score` and `report`, rechecked with a dataset's checks when
/// `--recheck` names one.
extension ScoringOptions {
    /// The dataset's checks `--recheck` names, compiled once; nil without the flag.
    /// A dataset folder is resolved in memory as `build` would, without writing files.
    func recheckDataset() throws -> Recheck? {
        guard let path = recheck else { return nil }
        let records: [ReleaseRecord]
        do {
            records = try RecordSource.load(path).records
        } catch {
            throw Terminal.fail(error)
        }
        let dataset: Recheck
        do {
            dataset = try Recheck(records: records, source: path)
        } catch {
            throw Terminal.fail(error)
        }
        if !dataset.hasChecks { Terminal.note("\(path) declares no checks; the judge's verdicts stand") }
        return dataset
    }

    /// The run at `path` with its texts, rechecked with `dataset` when given.
    func loadRun(_ path: String, recheck dataset: Recheck?) throws -> (run: ScoredRun, details: RunDetails) {
        // A run folder whose results file is stale is read from its journal.
        let loaded = try RunLoader.decodeWithTexts(RunFolderInput.locate(path: path, format: inputFormat))
        guard let dataset else { return loaded }
        return (try dataset.apply(loaded.run, details: loaded.details), loaded.details)
    }
}
