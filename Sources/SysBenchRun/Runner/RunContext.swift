import SysBenchCore
import Foundation

/// An opened run folder with everything needed to continue the run in it.
public struct RunContext: Sendable {
    /// The folder.
    public let folder: RunFolder
    /// The cases this invocation works on (the first `--limit` of the dataset).
    public let cases: [ReleaseRecord]
    /// What is sent and how it is judged.
    public let settings: RunSettings
    /// Request construction.
    public let builder: RequestBuilder
    /// The journal writer.
    public let recorder: Recorder
    /// Counters.
    public let progress: RunProgress
    /// Torn bytes dropped from the journal when opening.
    public let droppedBytes: Int
    /// The cases' checks, compiled once for the run.
    public let checks: RunChecks

    /// Opens `folder` for `dataset` (checking or writing run.json), replays the journal
    /// and rewrites the results file from it. A rejudge passes its `source` (recorded
    /// in run.json): its answers are journalled once, so only judge requests remain.
    public static func open(
        folder: RunFolder, dataset: Dataset, datasetPath: String, limit: Int?, settings: RunSettings,
        baseURL: String?, judgeBaseURL: String?, forceNew: Bool, source: RejudgeSource? = nil
    ) async throws(RunError) -> RunContext {
        let manifest = RunManifest(
            datasetPath: datasetPath, datasetSHA256: dataset.sha256, model: settings.model,
            judgeModel: settings.judgeModel, history: settings.history.rawValue, temperature: settings.temperature,
            maxTokens: settings.maxTokens, seed: settings.seed, judgeRetries: settings.judgeRetries,
            template: settings.templates.manifestName, templateSHA256: settings.templates.sha256,
            baseURL: baseURL, judgeBaseURL: judgeBaseURL, sourceRun: source?.path, sourceRunSHA256: source?.sha256)
        let (journal, recovery) = try folder.prepare(manifest: manifest, forceNew: forceNew)
        let cases = limit.map { Array(dataset.cases.prefix(max(0, $0))) } ?? dataset.cases
        let seeded = try source?.seed(journal, cases: cases, entries: recovery.entries) ?? []
        let entries = recovery.entries + seeded
        let state = JournalState(entries)
        var answered = 0
        var judged = 0
        var total = 0
        for record in cases {
            for number in record.turns.indices.map({ $0 + 1 }) {
                let key = TurnKey(caseID: record.id, turn: number)
                total += 2
                if state.answers[key] != nil { answered += 1 }
                if state.judgments[key] != nil { judged += 1 }
            }
        }
        let progress = RunProgress(total: total, state: state, judgmentsDone: judged, answersDone: answered)
        let context = RunContext(
            folder: folder, cases: cases, settings: settings, builder: RequestBuilder(settings: settings),
            recorder: Recorder(journal: journal, state: state, progress: progress), progress: progress,
            droppedBytes: recovery.droppedBytes, checks: try RunChecks(cases: cases))
        try await context.writeResults()
        return context
    }

    /// Rewrites the results file from the journal (atomically).
    public func writeResults() async throws(RunError) {
        let state = await recorder.state
        let lines = try ResultsFile.lines(
            cases: cases, state: state, model: settings.model, judgeModel: settings.judgeModel, checks: checks)
        try ResultsFile.write(lines, in: folder)
    }

    /// Cases not yet fully answered and judged.
    public func unfinishedCases() async -> [ReleaseRecord] {
        let state = await recorder.state
        return cases.filter { record in
            record.turns.indices.contains { index in
                state.judgments[TurnKey(caseID: record.id, turn: index + 1)] == nil
            }
        }
    }

    /// Turns recorded as judge failures among the selected cases.
    public func judgeFailures() async -> [TurnKey] {
        let state = await recorder.state
        let ids = Set(cases.map(\.id))
        return state.judgments.filter { ids.contains($0.key.caseID) && $0.value.failure != nil }.keys.sorted()
    }

    /// Syncs the journal, writes the results and closes the journal.
    public func finish() async throws(RunError) {
        try await recorder.sync()
        try await writeResults()
        await recorder.close()
    }
}
