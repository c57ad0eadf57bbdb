import Foundation
import KitSupport
import SysBenchCore

/// Every judged turn of a run with its texts, whatever the run's format, for the tools
/// that look at single items (calibration) or judge the same answers again (rejudge).
public struct JudgedTurns: Sendable {
    /// The file actually read (a run folder's results file).
    public var path: String
    /// The run's format.
    public var format: InputFormat
    /// The sha256 (lower-case hex) of the file's bytes.
    public var sha256: String
    /// The answering model.
    public var model: String
    /// The turns, cases in input order, turns in order within a case (a turn judged
    /// twice keeps its later record). Texts are filled in; the system message is on
    /// every turn of a case.
    public var records: [JudgedTurnRecord]

    /// Creates the turns of a run.
    public init(path: String, format: InputFormat, sha256: String, model: String, records: [JudgedTurnRecord]) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.model = model
        self.records = records
    }
}

/// Reads any run `score` reads into ``JudgedTurns``, through the one reader of each format.
///
/// A SysBench `*_eval.json` gets the case ids `import sysbench` gives (`sysbench-001` …,
/// zero-padded to at least three digits), its judge model is ``sysbenchJudgeModel`` (the
/// files do not name it; the SysBench paper judged with GPT-4o), its verdicts are written
/// 是 / 否 when they normalise to yes / no, and checklist items whose type the taxonomy
/// does not know, or turns whose alignment is unknown, are left out.
public enum JudgedTurnLoader {
    /// The judge model of SysBench's published evaluated runs.
    public static let sysbenchJudgeModel = "gpt-4o"

    /// Reads the run at `path` (a run folder, a results `.jsonl` or a SysBench `*_eval.json`).
    public static func load(path: String, format: InputFormat? = nil) throws(ScoreInputError) -> JudgedTurns {
        let file = try RunLoader.locate(path: path, format: format)
        let sha256 = SHA256Hex.digest(file.data)
        switch file.format {
        case .results:
            let records = try ResultsReader.records(file.data, path: file.path, includeTexts: true)
            let run = try ResultsReader.assemble(records, path: file.path, fallbackModel: file.fallbackModel)
            return JudgedTurns(
                path: file.path, format: .results, sha256: sha256, model: run.model, records: ordered(records))
        case .sysbench:
            let (run, details) = try SysBenchRunReader.readWithTexts(file.data, path: file.path)
            return JudgedTurns(
                path: file.path, format: .sysbench, sha256: sha256, model: run.model,
                records: sysbenchRecords(run, details))
        }
    }

    /// The case id `import sysbench` gives a `system_id`, padded to `width` digits.
    public static func sysbenchCaseID(_ systemID: Int, width: Int) -> String {
        let digits = String(systemID)
        return "sysbench-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Groups results records by case (first appearance), turns sorted, later duplicates
    /// winning, and copies each case's system message onto every turn.
    private static func ordered(_ records: [JudgedTurnRecord]) -> [JudgedTurnRecord] {
        var order: [String] = []
        var byCase: [String: [Int: JudgedTurnRecord]] = [:]
        var systems: [String: String] = [:]
        for record in records {
            if byCase[record.caseID] == nil { order.append(record.caseID) }
            byCase[record.caseID, default: [:]][record.turn] = record
            if systems[record.caseID] == nil, let system = record.system { systems[record.caseID] = system }
        }
        return order.flatMap { caseID in
            (byCase[caseID] ?? [:]).values.sorted { $0.turn < $1.turn }.map { record in
                var copy = record
                copy.system = copy.system ?? systems[caseID]
                return copy
            }
        }
    }

    private static func sysbenchRecords(_ run: ScoredRun, _ details: RunDetails) -> [JudgedTurnRecord] {
        let width = max(3, String(run.sessions.compactMap(\.systemID).max() ?? 0).count)
        var records: [JudgedTurnRecord] = []
        for (index, session) in run.sessions.enumerated() {
            let caseID = session.systemID.map { sysbenchCaseID($0, width: width) } ?? "session-\(index + 1)"
            let detail = index < details.sessions.count ? details.sessions[index] : SessionDetail()
            for turn in session.turns {
                guard let alignment = turn.alignment else { continue }
                let texts = detail.turns[turn.index]
                let items = turn.items.enumerated().compactMap { offset, item -> JudgedTurnRecord.Item? in
                    guard let type = item.type else { return nil }
                    return JudgedTurnRecord.Item(
                        id: Int(item.id) ?? offset + 1, type: type, verdictText: verdictText(item.verdict),
                        text: texts?.itemTexts[item.id])
                }
                records.append(JudgedTurnRecord(
                    caseID: caseID, systemID: session.systemID, mode: session.mode, turn: turn.index,
                    alignment: alignment, model: run.model, judgeModel: sysbenchJudgeModel, items: items,
                    reason: texts?.reason, judgeFailure: turn.judgeFailure, system: detail.system,
                    user: texts?.user, response: texts?.response))
            }
        }
        return records
    }

    private static func verdictText(_ verdict: Verdict) -> String {
        switch verdict {
        case .yes: "是"
        case .no: "否"
        case .other(let text): text
        }
    }
}
