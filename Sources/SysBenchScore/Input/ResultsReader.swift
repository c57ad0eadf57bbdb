import Foundation
import SysBenchCore

/// Reads the toolkit's own results: `results.jsonl` lines (see ``ResultRecord``).
public enum ResultsReader {
    /// Decodes the lines of a results file; `path` names it in errors and
    /// `fallbackModel` is used when no record names the model.
    public static func read(_ data: Data, path: String, fallbackModel: String) throws(ScoreInputError) -> ScoredRun {
        let decoder = JSONDecoder()
        var records: [ResultRecord] = []
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            lineNumber += 1
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            let line = data[start..<end]
            start = end < data.endIndex ? data.index(after: end) : end
            guard line.contains(where: { !isJSONSpace($0) }) else { continue }
            do {
                records.append(try decoder.decode(ResultRecord.self, from: line))
            } catch let error as DecodingError {
                if case .typeMismatch(_, let context) = error, context.codingPath.isEmpty {
                    throw ScoreInputError(path: path, line: lineNumber, message: "expected a JSON object (one judged turn)")
                }
                throw ScoreInputError(path: path, line: lineNumber, message: error.scoreMessage)
            } catch {
                throw ScoreInputError(path: path, line: lineNumber, message: "not valid JSON")
            }
        }
        return try assemble(records, path: path, fallbackModel: fallbackModel)
    }

    /// Groups records into sessions (cases in order of first appearance, turns by
    /// position; a repeated turn's later record wins).
    public static func assemble(
        _ records: [ResultRecord], path: String, fallbackModel: String
    ) throws(ScoreInputError) -> ScoredRun {
        var models = Set(records.compactMap(\.model))
        models.remove("")
        if models.count > 1 {
            throw ScoreInputError(
                path: path, message: "records name more than one model: \(models.sorted().joined(separator: ", "))")
        }
        var order: [String] = []
        var byCase: [String: [Int: ResultRecord]] = [:]
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
        return ScoredRun(model: models.first ?? fallbackModel, source: path, sessions: sessions)
    }

    private static func turn(_ record: ResultRecord) -> ScoredTurn {
        let items = record.items.map { item in
            ScoredItem(id: String(item.id), type: item.type, verdict: item.verdict ?? .other("null"))
        }
        return ScoredTurn(
            index: record.turn, alignment: record.alignment, items: items, judgeFailure: record.judgeFailure)
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
