import Foundation
import KitSupport
import SysBenchCore
import SysBenchScore

/// The run folder's results file (``SysBenchScore/RunFolderFiles/results``), the
/// scorer's input: one ``SysBenchScore/JudgedTurnRecord`` per judged turn, derived
/// from the journal, sorted by case id then turn, so the same journal gives the same
/// bytes.
public enum ResultsFile {
    /// The results lines for `cases` as far as `state` has judged them; each answer's
    /// checks are evaluated with `checks` (compiled from `cases` when nil).
    public static func lines(
        cases: [ReleaseRecord], state: JournalState, model: String, judgeModel: String, checks: RunChecks? = nil
    ) throws(RunError) -> [String] {
        let checks = try compiled(cases, given: checks)
        var out: [String] = []
        for record in cases.sorted(by: { $0.id < $1.id }) {
            for (offset, turn) in record.turns.enumerated() {
                let key = TurnKey(caseID: record.id, turn: offset + 1)
                guard let judgment = state.judgments[key] else { continue }
                let response = state.answers[key]
                let result = judgedTurn(
                    record: record, turn: turn, number: offset + 1, judgment: judgment,
                    response: response, model: model, judgeModel: judgeModel,
                    checks: response.map { checks.evaluate(key, answer: $0) } ?? [:])
                do {
                    out.append(try JSONValueEncoder.compactText(result))
                } catch {
                    throw RunError.runFolder(path: RunFolderFiles.results, message: "cannot encode a judged turn: \(error)")
                }
            }
        }
        return out
    }

    private static func compiled(_ cases: [ReleaseRecord], given: RunChecks?) throws(RunError) -> RunChecks {
        if let given { return given }
        return try RunChecks(cases: cases)
    }

    /// One judged turn as the scorer reads it. The texts (system message on a case's
    /// first turn only, user message, answer) are what the report's drill-down shows.
    /// `checks` holds the results of the turn's checks on the answer by item id; each
    /// checked item records `verify`, the result, the measured value and the final verdict.
    public static func judgedTurn(
        record: ReleaseRecord, turn: ReleaseRecord.Turn, number: Int, judgment: Judgment, response: String? = nil,
        model: String, judgeModel: String, checks: [Int: CheckResult] = [:]
    ) -> JudgedTurnRecord {
        let verdicts = Dictionary(judgment.verdicts.map { ($0.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
        let items = turn.checklist.map { item in
            let verdict = judgment.failure == nil ? verdicts[item.id] : nil
            var out = JudgedTurnRecord.Item(id: item.id, type: item.type, verdictText: verdict, text: item.text)
            if item.check != nil, let result = checks[item.id] {
                out.verify = item.verify
                out.checkPassed = result.passed
                out.value = result.value
                out.finalText = verdict.map { FinalVerdict.decide(judge: $0, check: result, verify: item.verify) }
            }
            return out
        }
        return JudgedTurnRecord(
            caseID: record.id, systemID: record.systemId, mode: record.mode, turn: number,
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
