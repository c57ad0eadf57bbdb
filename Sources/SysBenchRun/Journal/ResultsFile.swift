import Foundation
import SysBenchCore

/// `results.jsonl`, the scorer's input: one line per judged turn, derived from the
/// journal, sorted by case id then turn, so the same journal gives the same bytes.
public enum ResultsFile {
    /// The file name inside the run folder (what `score RUNDIR` reads).
    public static let fileName = "results.jsonl"

    /// The results lines for `cases` as far as `state` has judged them.
    public static func lines(cases: [ReleaseRecord], state: JournalState, model: String, judgeModel: String) -> [String] {
        var out: [String] = []
        for record in cases.sorted(by: { $0.id < $1.id }) {
            for (offset, turn) in record.turns.enumerated() {
                let key = TurnKey(caseID: record.id, turn: offset + 1)
                guard let judgment = state.judgments[key] else { continue }
                out.append(resultRecord(
                    record: record, turn: turn, number: offset + 1, judgment: judgment,
                    response: state.answers[key], model: model, judgeModel: judgeModel).compactText)
            }
        }
        return out
    }

    /// One results record, in the scorer's ResultRecord layout. The one place that
    /// knows that layout: adapt here if the scorer's reader changes. The texts (system
    /// message on a case's first line only, user message, answer) are what the
    /// report's drill-down shows; the scorer ignores them.
    public static func resultRecord(
        record: ReleaseRecord, turn: ReleaseRecord.Turn, number: Int, judgment: Judgment, response: String? = nil,
        model: String, judgeModel: String
    ) -> JSONValue {
        let verdicts = Dictionary(judgment.verdicts.map { ($0.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
        let items: [JSONValue] = turn.checklist.map { item in
            .object([
                ("id", .int(item.id)),
                ("type", .string(item.type.rawValue)),
                ("verdict", judgment.failure == nil ? verdicts[item.id].map(JSONValue.string) ?? .null : .null),
                ("text", .string(item.text)),
            ])
        }
        var pairs: [(String, JSONValue)] = [("case", .string(record.id))]
        if let systemID = record.systemId { pairs.append(("system_id", .int(systemID))) }
        pairs += [
            ("mode", .string(record.mode.rawValue)),
            ("turn", .int(number)),
            ("alignment", .string(turn.alignment.rawValue)),
            ("model", .string(model)),
            ("judge_model", .string(judgeModel)),
            ("items", .array(items)),
            ("reason", judgment.reason.map(JSONValue.string) ?? .null),
            ("judge_failure", .bool(judgment.failure != nil)),
        ]
        if let failure = judgment.failure { pairs.append(("error", .string(failure))) }
        if number == 1 { pairs.append(("system", .string(record.systemText))) }
        pairs.append(("user", .string(turn.user)))
        if let response { pairs.append(("response", .string(response))) }
        return .object(pairs)
    }

    /// Rewrites `results.jsonl` in `folder` atomically.
    public static func write(_ lines: [String], in folder: RunFolder) throws(RunError) {
        let text = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        try AtomicFile.write(Data(text.utf8), to: folder.file(fileName))
    }
}
