import Foundation
import SysBenchCore
import SysBenchScore

/// The run a rejudge (`run --rejudge RUN`) judges again: its cases rebuilt from the
/// judged turns, and the answers the judge will see.
///
/// Any run the scorer reads works (a run folder, a results `.jsonl`, a SysBench
/// `*_eval.json`, with `import sysbench`'s case ids). Each case keeps its id, system
/// message, mode and turns (user message, alignment, checklist with types and texts);
/// its language is `zh` when its texts hold CJK characters, so the built-in templates
/// pick as they do for a dataset. Every turn needs a stored answer.
public struct RejudgeSource: Sendable {
    /// The run as given on the command line.
    public var path: String
    /// The sha256 of the run's file.
    public var sha256: String
    /// The answering model of the run.
    public var model: String
    /// The cases, in the run's order, as a dataset whose hash is the run's.
    public var dataset: Dataset
    /// The stored answer of every turn.
    public var answers: [TurnKey: String]

    /// Reads the run at `path`.
    public static func load(path: String) throws(RunError) -> RejudgeSource {
        let run: JudgedTurns
        do {
            run = try JudgedTurnLoader.load(path: path)
        } catch {
            throw RunError.dataset(path: error.path, line: error.line, message: error.message)
        }
        var order: [String] = []
        var byCase: [String: [JudgedTurnRecord]] = [:]
        for record in run.records {
            if byCase[record.caseID] == nil { order.append(record.caseID) }
            byCase[record.caseID, default: []].append(record)
        }
        var cases: [ReleaseRecord] = []
        var answers: [TurnKey: String] = [:]
        for caseID in order {
            let records = byCase[caseID] ?? []
            var turns: [ReleaseRecord.Turn] = []
            for (offset, record) in records.enumerated() {
                guard record.turn == offset + 1 else {
                    throw RunError.dataset(
                        path: path, line: nil,
                        message: "case \(caseID): turn \(offset + 1) is not in the run, so its later turns cannot be rejudged")
                }
                guard let response = record.response else {
                    throw RunError.dataset(
                        path: path, line: nil, message: "case \(caseID) turn \(record.turn) has no stored answer to judge")
                }
                answers[TurnKey(caseID: caseID, turn: record.turn)] = response
                turns.append(ReleaseRecord.Turn(
                    id: "t\(record.turn)", user: record.user ?? "", alignment: record.alignment,
                    checklist: record.items.map {
                        ReleaseRecord.ChecklistItem(id: $0.id, type: $0.type, text: $0.text ?? "")
                    }))
            }
            let system = records.first?.system ?? ""
            let texts = [system] + turns.map(\.user)
            cases.append(ReleaseRecord(
                id: caseID, systemId: records.first?.systemID, language: texts.contains(where: hasCJK) ? "zh" : nil,
                domain: "", mode: records.first?.mode ?? .parallel, systemText: system, turns: turns))
        }
        guard !cases.isEmpty else { throw RunError.dataset(path: path, line: nil, message: "the run has no judged turns") }
        return RejudgeSource(
            path: path, sha256: run.sha256, model: run.model, dataset: Dataset(cases: cases, sha256: run.sha256),
            answers: answers)
    }

    /// Journals the stored answers of `cases` that `entries` do not hold yet and returns
    /// the entries written, so a resumed rejudge writes none.
    func seed(_ journal: Journal, cases: [ReleaseRecord], entries: [JournalEntry]) throws(RunError) -> [JournalEntry] {
        let state = JournalState(entries)
        var written: [JournalEntry] = []
        for record in cases {
            for number in record.turns.indices.map({ $0 + 1 }) {
                let key = TurnKey(caseID: record.id, turn: number)
                guard state.answers[key] == nil, let answer = answers[key] else { continue }
                let entry = JournalEntry.answer(key, content: answer, usage: nil)
                try journal.append(entry)
                written.append(entry)
            }
        }
        return written
    }

    private static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
