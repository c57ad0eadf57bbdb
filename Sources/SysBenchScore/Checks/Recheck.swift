import KitSupport
import SysBenchCore

/// Applies a dataset's checks to the stored answers of runs judged without them
/// (`score --recheck`, CHECKS.md "Re-checking runs").
///
/// Sessions are matched to the dataset's cases by case id when the run names one (the
/// toolkit's results), else by `system_id` (SysBench `*_eval.json`); turns by position;
/// items by id. Every matched turn's checklist must be the dataset's, item for item
/// (count and, where the run holds it, text): anything else is an error naming the
/// first mismatch, since the checks would be read against the wrong items.
public struct Recheck: Sendable {
    private let records: [ReleaseRecord]
    private let byCase: [String: Int]
    private let bySystemID: [Int: Int]
    /// The compiled checks: record offset → turn offset → item id → evaluator.
    private let evaluators: [[[Int: CheckEvaluator]]]
    /// Where the dataset came from, for messages.
    public let source: String

    /// Compiles the checks of `records` once, for any number of runs. Fails only on a
    /// `matches` pattern that does not compile, naming the item.
    public init(records: [ReleaseRecord], source: String) throws(ScoreInputError) {
        self.records = records
        self.source = source
        var byCase: [String: Int] = [:]
        var bySystemID: [Int: Int] = [:]
        var evaluators: [[[Int: CheckEvaluator]]] = []
        for (offset, record) in records.enumerated() {
            if byCase[record.id] == nil { byCase[record.id] = offset }
            if let systemID = record.systemId, bySystemID[systemID] == nil { bySystemID[systemID] = offset }
            var turns: [[Int: CheckEvaluator]] = []
            for (turnOffset, turn) in record.turns.enumerated() {
                var items: [Int: CheckEvaluator] = [:]
                for item in turn.checklist {
                    guard let check = item.check else { continue }
                    do {
                        items[item.id] = try CheckEvaluator(check)
                    } catch {
                        throw ScoreInputError(
                            path: source, message: "case \(record.id), turn \(turnOffset + 1), item \(item.id): \(error.message)")
                    }
                }
                turns.append(items)
            }
            evaluators.append(turns)
        }
        self.byCase = byCase
        self.bySystemID = bySystemID
        self.evaluators = evaluators
    }

    /// Whether any item of the dataset declares a check.
    public var hasChecks: Bool {
        evaluators.contains { $0.contains { !$0.isEmpty } }
    }

    /// `run` with the dataset's checks applied to its answers (`details`, read from
    /// the same file): each checked item keeps the judge's verdict and scores with the
    /// final verdict; every other item scores with the judge's verdict, so a run judged
    /// with other checks is rechecked with these. Sessions read without a case id get
    /// the matched case's.
    public func apply(_ run: ScoredRun, details: RunDetails) throws(ScoreInputError) -> ScoredRun {
        var out = run
        for (sessionOffset, session) in run.sessions.enumerated() {
            let detail = sessionOffset < details.sessions.count ? details.sessions[sessionOffset] : nil
            let (recordOffset, place) = try match(session, offset: sessionOffset, source: run.source)
            let record = records[recordOffset]
            if out.sessions[sessionOffset].caseID == nil { out.sessions[sessionOffset].caseID = record.id }
            for (turnOffset, turn) in session.turns.enumerated() {
                let turnPlace = "\(place), turn \(turn.index)"
                guard turn.index >= 1, turn.index <= record.turns.count else {
                    throw ScoreInputError(
                        path: run.source,
                        message: "\(turnPlace): no such turn in the dataset (case \(record.id) has \(record.turns.count))")
                }
                if turn.judgeFailure { continue }
                let checklist = record.turns[turn.index - 1].checklist
                let texts = detail?.turns[turn.index]?.itemTexts ?? [:]
                try compare(turn.items, with: checklist, texts: texts, at: turnPlace, source: run.source, caseID: record.id)
                let checks = evaluators[recordOffset][turn.index - 1]
                var answer: String?
                if !checks.isEmpty {
                    guard let stored = detail?.turns[turn.index]?.response else {
                        throw ScoreInputError(path: run.source, message: "\(turnPlace): no stored answer to check")
                    }
                    answer = stored
                }
                for (itemOffset, item) in turn.items.enumerated() {
                    let judge = item.check?.judge ?? item.verdict
                    var rechecked = item
                    rechecked.verdict = judge
                    rechecked.check = nil
                    if let answer, let id = Int(item.id), let evaluator = checks[id] {
                        let result = evaluator.evaluate(answer)
                        let check = ItemCheck(
                            judge: judge, passed: result.passed, value: result.value, verify: checklist[id - 1].verify)
                        rechecked.check = check
                        rechecked.verdict = check.final
                    }
                    out.sessions[sessionOffset].turns[turnOffset].items[itemOffset] = rechecked
                }
            }
        }
        return out
    }

    /// The offset of the dataset case `session` matches, and how messages name it.
    private func match(_ session: ScoredSession, offset: Int, source: String) throws(ScoreInputError) -> (Int, String) {
        if let caseID = session.caseID {
            guard let found = byCase[caseID] else {
                throw ScoreInputError(path: source, message: "case \(caseID): no case with that id in \(self.source)")
            }
            return (found, "case \(caseID)")
        }
        if let systemID = session.systemID {
            guard let found = bySystemID[systemID] else {
                throw ScoreInputError(
                    path: source, message: "session \(offset + 1) (system_id \(systemID)): no case with that system_id in \(self.source)")
            }
            return (found, "session \(offset + 1) (system_id \(systemID), case \(records[found].id))")
        }
        throw ScoreInputError(
            path: source, message: "session \(offset + 1): names neither a case id nor a system_id, so it matches no case")
    }

    /// Fails unless the run's items are the dataset checklist's: the same number, ids
    /// 1…n in order, and the same texts where the run holds them.
    private func compare(
        _ items: [ScoredItem], with checklist: [ReleaseRecord.ChecklistItem], texts: [String: String],
        at place: String, source: String, caseID: String
    ) throws(ScoreInputError) {
        for (offset, item) in items.enumerated() {
            guard let id = Int(item.id), id == offset + 1, id <= checklist.count else {
                throw ScoreInputError(
                    path: source,
                    message: "\(place), item \(item.id): no such item in the dataset (case \(caseID) has \(checklist.count) on this turn)")
            }
            if let text = texts[item.id], text != checklist[id - 1].text {
                throw ScoreInputError(
                    path: source,
                    message: "\(place), item \(id): the checklist differs from the dataset's: the run has \(Self.quoted(text)), the dataset \(Self.quoted(checklist[id - 1].text))")
            }
        }
        if items.count < checklist.count {
            throw ScoreInputError(
                path: source,
                message: "\(place), item \(items.count + 1): the checklist differs from the dataset's: the run has \(items.count) items, the dataset \(checklist.count)")
        }
    }

    private static func quoted(_ text: String) -> String {
        let limit = 60
        let scalars = text.unicodeScalars
        let short = scalars.count > limit ? String(String.UnicodeScalarView(scalars.prefix(limit))) + "…" : text
        return JSONValue.string(short).compactText
    }
}
