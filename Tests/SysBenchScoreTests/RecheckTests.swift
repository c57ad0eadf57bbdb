import Foundation
import SysBenchCore
import Testing
@testable import SysBenchScore

/// `score --recheck`'s core: a dataset's checks applied to stored answers, and the
/// mismatches it refuses, each naming the first one.
@Suite struct RecheckTests {
    static let records = [
        ReleaseRecord(
            id: "wuhan", systemId: 5, domain: "travel", mode: .parallel, systemText: "Only Wuhan.",
            turns: [
                .init(id: "t1", user: "Tell me about Wuhan.", alignment: .aligned, checklist: [
                    .init(id: 1, type: .format, text: "Under 5 words", check: .count(.words, CountBounds(lessThan: 5)), verify: .check),
                    .init(id: 2, type: .content, text: "Mentions Wuhan", check: .contains(["Wuhan"])),
                    .init(id: 3, type: .style, text: "Friendly"),
                ]),
            ]),
    ]

    static func dataset() throws -> Recheck {
        try Recheck(records: records, source: "dataset")
    }

    /// A run of the one case: judged yes, yes, no; the answer has 6 words.
    static func run(
        caseID: String? = nil, systemID: Int? = 5, turn: Int = 1, verdicts: [String] = ["是", "是", "否"],
        texts: [String: String] = [:]
    ) -> (ScoredRun, RunDetails) {
        let items = verdicts.enumerated().map { ScoredItem(id: String($0.offset + 1), type: .content, verdict: Verdict(raw: $0.element)) }
        let run = ScoredRun(model: "m", source: "m_eval.json", sessions: [
            ScoredSession(caseID: caseID, systemID: systemID, mode: .parallel, turns: [
                ScoredTurn(index: turn, alignment: .aligned, items: items),
            ]),
        ])
        let details = RunDetails(sessions: [
            SessionDetail(caseID: caseID, turns: [turn: TurnDetail(response: "Wuhan is a big river city", itemTexts: texts)]),
        ])
        return (run, details)
    }

    @Test func appliesTheChecksBySystemID() throws {
        let (run, details) = Self.run()
        let rechecked = try Self.dataset().apply(run, details: details)
        let session = try #require(rechecked.sessions.first)
        #expect(session.caseID == "wuhan")
        let items = try #require(session.turns.first?.items)
        #expect(items[0].check == ItemCheck(judge: .yes, passed: false, value: 6, verify: .check))
        #expect(items[0].verdict == .no)
        #expect(items[1].check == ItemCheck(judge: .yes, passed: true, value: nil, verify: .both))
        #expect(items[1].verdict == .yes)
        #expect(items[2].check == nil)
        #expect(items[2].verdict == .no)
        let summary = try #require(CheckSummary(rechecked, policy: .sysbench))
        #expect(summary.counts.items == 2)
        #expect(summary.counts.changed == 1)
    }

    @Test func matchesResultsByCaseID() throws {
        let (run, details) = Self.run(caseID: "wuhan", systemID: 99)
        let rechecked = try Self.dataset().apply(run, details: details)
        #expect(rechecked.sessions.first?.turns.first?.items.first?.verdict == .no)
    }

    @Test func recheckingAgainStartsFromTheJudge() throws {
        let (run, details) = Self.run()
        let dataset = try Self.dataset()
        let twice = try dataset.apply(try dataset.apply(run, details: details), details: details)
        #expect(twice == (try dataset.apply(run, details: details)))
    }

    @Test(arguments: [
        (nil as String?, 9 as Int?, 1, ["是", "是", "否"], "session 1 (system_id 9): no case with that system_id in dataset"),
        ("other", nil, 1, ["是", "是", "否"], "case other: no case with that id in dataset"),
        (nil, 5, 2, ["是", "是", "否"], "session 1 (system_id 5, case wuhan), turn 2: no such turn in the dataset (case wuhan has 1)"),
        (nil, 5, 1, ["是", "是", "否", "是"], "session 1 (system_id 5, case wuhan), turn 1, item 4: no such item in the dataset (case wuhan has 3 on this turn)"),
        (nil, 5, 1, ["是", "是"], "session 1 (system_id 5, case wuhan), turn 1, item 3: the checklist differs from the dataset's: the run has 2 items, the dataset 3"),
    ])
    func refusesWhatDoesNotMatch(caseID: String?, systemID: Int?, turn: Int, verdicts: [String], message: String) throws {
        let (run, details) = Self.run(caseID: caseID, systemID: systemID, turn: turn, verdicts: verdicts)
        #expect(throws: ScoreInputError(path: "m_eval.json", message: message)) {
            try Self.dataset().apply(run, details: details)
        }
    }

    /// The run's checklist is its texts when it holds them: a verdict the judge left
    /// out is no mismatch, a text the dataset lacks is.
    @Test func theRunsTextsAreItsChecklist() throws {
        let all = ["1": "Under 5 words", "2": "Mentions Wuhan", "3": "Friendly"]
        let (run, details) = Self.run(verdicts: ["是", "是"], texts: all)
        let rechecked = try Self.dataset().apply(run, details: details)
        #expect(rechecked.sessions[0].turns[0].items.map(\.verdict) == [.no, .yes])
        var more = all
        more["4"] = "Polite"
        let (_, extra) = Self.run(texts: more)
        #expect(throws: ScoreInputError(
            path: "m_eval.json",
            message: "session 1 (system_id 5, case wuhan), turn 1, item 4: no such item in the dataset (case wuhan has 3 on this turn)")) {
            try Self.dataset().apply(run, details: extra)
        }
    }

    @Test func refusesAChecklistWhoseTextDiffers() throws {
        var (run, details) = Self.run(texts: ["1": "Under 5 words"])
        details.sessions[0].turns[1]?.itemTexts["1"] = "Under 50 words"
        #expect(throws: ScoreInputError(
            path: "m_eval.json",
            message: #"session 1 (system_id 5, case wuhan), turn 1, item 1: the checklist differs from the dataset's: the run has "Under 50 words", the dataset "Under 5 words""#)) {
            try Self.dataset().apply(run, details: details)
        }
        run.sessions[0].turns[0].judgeFailure = true
        run.sessions[0].turns[0].items = []
        // A judge failure has no items to compare or check.
        #expect(throws: Never.self) { try Self.dataset().apply(run, details: details) }
    }

    @Test func refusesATurnWithoutAnAnswer() throws {
        let (run, _) = Self.run()
        #expect(throws: ScoreInputError(path: "m_eval.json", message: "session 1 (system_id 5, case wuhan), turn 1: no stored answer to check")) {
            try Self.dataset().apply(run, details: RunDetails(sessions: [SessionDetail()]))
        }
    }
}
