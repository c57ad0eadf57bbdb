import KitSupport
import SysBenchCore

/// Applies a dataset's checks to the stored answers of runs judged without them
/// (`score --recheck`, CHECKS.md "Re-checking runs").
///
/// Sessions are matched to the dataset's cases by case id when the run names one (the
/// toolkit's results), else by `system_id` (SysBench `*_eval.json`); turns by position;
/// items by id. Every matched turn's checklist must be the dataset's, item for item
/// (count and, where the run holds them, texts): anything else is an error naming the
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

    /// Fails unless the run's checklist is the dataset's: every judged item's id names
    /// a dataset item, the run's checklist texts (where it holds them) are the
    /// dataset's, and it has as many items: its judged items or its texts (SysBench's
    /// criteria), whichever are more, so an item the judge left without a verdict is
    /// not a mismatch when the run still holds its text.
    private func compare(
        _ items: [ScoredItem], with checklist: [ReleaseRecord.ChecklistItem], texts: [String: String],
        at place: String, source: String, caseID: String
    ) throws(ScoreInputError) {
        func noSuchItem(_ id: String) -> ScoreInputError {
            ScoreInputError(
                path: source,
                message: "\(place), item \(id): no such item in the dataset (case \(caseID) has \(checklist.count) on this turn)")
        }
        for item in items {
            guard let id = Int(item.id), id >= 1, id <= checklist.count else { throw noSuchItem(item.id) }
        }
        let numbered = texts.map { (id: Int($0.key), key: $0.key, text: $0.value) }
            .sorted { ($0.id ?? .max, $0.key) < ($1.id ?? .max, $1.key) }
        for entry in numbered {
            guard let id = entry.id, id >= 1, id <= checklist.count else { throw noSuchItem(entry.key) }
            if entry.text != checklist[id - 1].text {
                throw ScoreInputError(
                    path: source,
                    message: "\(place), item \(id): the checklist differs from the dataset's: the run has \(Self.quoted(entry.text)), the dataset \(Self.quoted(checklist[id - 1].text))")
            }
        }
        let count = max(items.count, texts.count)
        if count != checklist.count {
            throw ScoreInputError(
                path: source,
                message: "\(place), item \(min(count, checklist.count) + 1): the checklist differs from the dataset's: the run has \(count) items, the dataset \(checklist.count)")
        }
    }

    private static func quoted(_ text: String) -> String {
        let limit = 60
        let scalars = text.unicodeScalars
        let short = scalars.count > limit ? String(String.UnicodeScalarView(scalars.prefix(limit))) + "…" : text
        return JSONValue.string(short).compactText
    }
}
