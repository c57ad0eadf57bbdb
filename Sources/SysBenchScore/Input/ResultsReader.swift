import Foundation
import KitSupport
import SysBenchCore

/// Reads the toolkit's own results, a run folder's results file: one
/// ``JudgedTurnRecord`` a line. The one reader of that format, for scoring and texts.
public enum ResultsReader {
    /// Decodes the lines of a results file; `path` names it in errors and
    /// `fallbackModel` is used when no record names the model.
    public static func read(_ data: Data, path: String, fallbackModel: String) throws(ScoreInputError) -> ScoredRun {
        try assemble(records(data, path: path), path: path, fallbackModel: fallbackModel)
    }

    /// Decodes a results file into the scored run and its texts (for the report).
    public static func readWithTexts(
        _ data: Data, path: String, fallbackModel: String
    ) throws(ScoreInputError) -> (run: ScoredRun, details: RunDetails) {
        let records = try records(data, path: path, includeTexts: true)
        return (try assemble(records, path: path, fallbackModel: fallbackModel), details(records))
    }

    /// The records of a results file in file order; `includeTexts` also decodes the
    /// system message, user message and answer of each record.
    public static func records(
        _ data: Data, path: String, includeTexts: Bool = false
    ) throws(ScoreInputError) -> [JudgedTurnRecord] {
        let decoder = JSONDecoder()
        if includeTexts { decoder.userInfo[JudgedTurnRecord.includeTextsKey] = true }
        var records: [JudgedTurnRecord] = []
        for line in JSONLines.lines(data) {
            let lineNumber = line.number
            do {
                records.append(try decoder.decode(JudgedTurnRecord.self, from: line.bytes))
            } catch let error as DecodingError {
                if case .typeMismatch(_, let context) = error, context.codingPath.isEmpty {
                    throw ScoreInputError(path: path, line: lineNumber, message: "expected a JSON object (one judged turn)")
                }
                throw ScoreInputError(path: path, line: lineNumber, message: error.scoreMessage)
            } catch {
                throw ScoreInputError(path: path, line: lineNumber, message: "not valid JSON")
            }
        }
        return records
    }

    /// The texts of `records`, grouped exactly as ``assemble(_:path:fallbackModel:)``
    /// groups them (cases in order of first appearance, a repeated turn's later record
    /// wins, a case's first system message kept).
    public static func details(_ records: [JudgedTurnRecord]) -> RunDetails {
        var order: [String] = []
        var byCase: [String: SessionDetail] = [:]
        for record in records {
            if byCase[record.caseID] == nil {
                order.append(record.caseID)
                byCase[record.caseID] = SessionDetail(caseID: record.caseID)
            }
            var itemTexts: [String: String] = [:]
            for item in record.items {
                if let text = item.text { itemTexts[String(item.id)] = text }
            }
            byCase[record.caseID]?.turns[record.turn] = TurnDetail(
                user: record.user, response: record.response, reason: record.reason, error: record.error,
                itemTexts: itemTexts)
            if byCase[record.caseID]?.system == nil, let system = record.system {
                byCase[record.caseID]?.system = system
            }
        }
        return RunDetails(sessions: order.compactMap { byCase[$0] })
    }

    /// Groups records into sessions (cases in order of first appearance, turns by
    /// position; a repeated turn's later record wins).
    public static func assemble(
        _ records: [JudgedTurnRecord], path: String, fallbackModel: String
    ) throws(ScoreInputError) -> ScoredRun {
        var models = Set(records.compactMap(\.model))
        models.remove("")
        if models.count > 1 {
            throw ScoreInputError(
                path: path, message: "records name more than one model: \(models.sorted().joined(separator: ", "))")
        }
        let warnings = try ResultsCompleteness.check(records, path: path)
        var order: [String] = []
        var byCase: [String: [Int: JudgedTurnRecord]] = [:]
        for record in records {
            if let first = byCase[record.caseID]?.values.first {
                if first.mode != record.mode {
                    throw ScoreInputError(path: path, message: "case \"\(record.caseID)\" has both modes")
                }
            } else {
                order.append(record.caseID)
            }
            byCase[record.caseID, default: [:]][record.turn] = record
        }
        let sessions = order.map { caseID in
            let turns = (byCase[caseID] ?? [:]).values.sorted { $0.turn < $1.turn }
            return ScoredSession(
                caseID: caseID,
                systemID: turns.lazy.compactMap(\.systemID).first,
                mode: turns.first?.mode ?? .parallel,
                turns: turns.map(turn))
        }
        var run = ScoredRun(model: models.first ?? fallbackModel, source: path, sessions: sessions)
        run.warnings = warnings
        return run
    }

    private static func turn(_ record: JudgedTurnRecord) -> ScoredTurn {
        let items = record.items.map { item in
            ScoredItem(id: String(item.id), type: item.type, verdict: item.scoringVerdict ?? .other("null"), check: item.check)
        }
        return ScoredTurn(
            index: record.turn, alignment: record.alignment, items: items, judgeFailure: record.judgeFailure)
    }
}
