import Foundation
import SysBenchScore

/// Reads the texts of the toolkit's results (`results.jsonl`): the optional
/// `system`, `user`, `response`, `reason`, `error` and item `text` fields of
/// ``SysBenchScore/ResultRecord``.
///
/// Records are grouped exactly as ``ResultsReader/assemble(_:path:fallbackModel:)``
/// groups them (cases in order of first appearance, a repeated turn's later line
/// wins), so sessions line up with the scored run. Lines that do not decode are
/// skipped: scoring has already reported them.
public enum ResultsDetailReader {
    /// Decodes the details of a results file.
    public static func read(_ data: Data, path: String) throws(ScoreInputError) -> RunDetails {
        let decoder = JSONDecoder()
        var order: [String] = []
        var byCase: [String: SessionDetail] = [:]
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            let line = data[start..<end]
            start = end < data.endIndex ? data.index(after: end) : end
            guard let record = try? decoder.decode(DetailRecord.self, from: line) else { continue }
            if byCase[record.caseID] == nil {
                order.append(record.caseID)
                byCase[record.caseID] = SessionDetail(caseID: record.caseID)
            }
            var itemTexts: [String: String] = [:]
            for item in record.items ?? [] {
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
}

/// The texts of one results line; everything else on the line is for scoring.
private struct DetailRecord: Decodable {
    var caseID: String
    var turn: Int
    var system: String?
    var user: String?
    var response: String?
    var reason: String?
    var error: String?
    var items: [Item]?

    struct Item: Decodable {
        var id: Int
        var text: String?
    }

    enum CodingKeys: String, CodingKey {
        case caseID = "case", turn, system, user, response, reason, error, items
    }
}
