import Foundation
import KitSupport
import SysBenchCore
import SysBenchScore

/// The run folder's results file (``SysBenchScore/RunFolderFiles/results``), the
/// scorer's input: one ``SysBenchScore/JudgedTurnRecord`` per judged turn, derived
/// from the journal, sorted by case id then turn, so the same journal gives the same
/// bytes.
public enum ResultsFile {
    /// The results lines for `cases` as far as `state` has judged them.
    public static func lines(
        cases: [ReleaseRecord], state: JournalState, model: String, judgeModel: String
    ) throws(RunError) -> [String] {
        var out: [String] = []
        for record in cases.sorted(by: { $0.id < $1.id }) {
            for (offset, turn) in record.turns.enumerated() {
                let key = TurnKey(caseID: record.id, turn: offset + 1)
                guard let judgment = state.judgments[key] else { continue }
                let result = judgedTurn(
                    record: record, turn: turn, number: offset + 1, judgment: judgment,
                    response: state.answers[key], model: model, judgeModel: judgeModel)
                do {
                    out.append(try JSONValueEncoder.compactText(result))
                } catch {
                    throw RunError.runFolder(path: RunFolderFiles.results, message: "cannot encode a judged turn: \(error)")
                }
            }
        }
        return out
    }

    /// One judged turn as the scorer reads it. The texts (system message on a case's
    /// first turn only, user message, answer) are what the report's drill-down shows.
    public static func judgedTurn(
        record: ReleaseRecord, turn: ReleaseRecord.Turn, number: Int, judgment: Judgment, response: String? = nil,
        model: String, judgeModel: String
    ) -> JudgedTurnRecord {
        let verdicts = Dictionary(judgment.verdicts.map { ($0.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
        let items = turn.checklist.map { item in
            JudgedTurnRecord.Item(
                id: item.id, type: item.type,
                verdictText: judgment.failure == nil ? verdicts[item.id] : nil, text: item.text)
        }
        return JudgedTurnRecord(
            caseID: record.id, systemID: record.systemID, mode: record.mode, turn: number,
            alignment: turn.alignment, model: model, judgeModel: judgeModel, items: items,
            reason: judgment.reason, judgeFailure: judgment.failure != nil, error: judgment.failure,
            system: number == 1 ? record.systemText : nil, user: turn.user, response: response)
    }

    /// Rewrites the results file in `folder` atomically.
    public static func write(_ lines: [String], in folder: RunFolder) throws(RunError) {
        let text = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        try RunError.writing(Data(text.utf8), to: folder.file(RunFolderFiles.results))
    }
}
