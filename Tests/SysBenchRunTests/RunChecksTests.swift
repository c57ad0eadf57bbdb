import Foundation
import SysBenchCore
import SysBenchScore
import Testing
@testable import SysBenchRun

/// Checks in the runner: each answer's checks are evaluated as its judged turn is
/// recorded, online and in batch mode alike, and scoring reads the final verdicts.
@Suite struct RunChecksTests {
    /// One case, one turn: a `check` count of words, a `both` contains, a plain item.
    static let record = ReleaseRecord(
        id: "short", systemId: 3, domain: "travel", mode: .parallel, systemText: "Be brief.",
        turns: [
            .init(id: "t1", user: "Describe Wuhan.", alignment: .aligned, checklist: [
                .init(id: 1, type: .format, text: "Under 5 words", check: .count(.words, CountBounds(lessThan: 5)), verify: .check),
                .init(id: 2, type: .content, text: "Mentions Wuhan", check: .contains(["Wuhan"])),
                .init(id: 3, type: .style, text: "Friendly"),
            ]),
        ])
    static let key = TurnKey(caseID: "short", turn: 1)
    static let answer = "Wuhan is a big river city"

    @Test func theRecordKeepsJudgeCheckValueAndFinal() throws {
        let state = JournalState([
            .answer(Self.key, content: Self.answer, usage: nil),
            .judgment(Self.key, Judgment(
                reason: "ok", verdicts: [.init(id: 1, verdict: "是"), .init(id: 2, verdict: "是"), .init(id: 3, verdict: "否")],
                failure: nil, attempts: 1, usage: nil)),
        ])
        let lines = try ResultsFile.lines(cases: [Self.record], state: state, model: "m", judgeModel: "j")
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.contains(#"{"id":1,"type":"format","verdict":"是","verify":"check","check":false,"value":6,"final":"否","text":"Under 5 words"}"#))
        #expect(line.contains(#"{"id":2,"type":"content","verdict":"是","verify":"both","check":true,"final":"是","text":"Mentions Wuhan"}"#))
        #expect(line.contains(#"{"id":3,"type":"style","verdict":"否","text":"Friendly"}"#))
        let run = try ResultsReader.read(Data((line + "\n").utf8), path: "results.jsonl", fallbackModel: "m")
        #expect(run.sessions[0].turns[0].items.map(\.verdict) == [.no, .yes, .no])
    }

    @Test func aJudgeFailureRecordsNoFinalVerdict() throws {
        let state = JournalState([
            .answer(Self.key, content: Self.answer, usage: nil),
            .judgment(Self.key, Judgment(reason: nil, verdicts: [], failure: "no usable reply", attempts: 4, usage: nil)),
        ])
        let line = try #require(try ResultsFile.lines(cases: [Self.record], state: state, model: "m", judgeModel: "j").first)
        #expect(line.contains(#"{"id":1,"type":"format","verdict":null,"verify":"check","check":false,"value":6,"text":"Under 5 words"}"#))
        #expect(!line.contains("\"final\""))
    }

    @Test func evaluatorsAreCompiledOncePerRun() throws {
        let checks = try RunChecks(cases: [Self.record])
        #expect(!checks.isEmpty)
        let results = checks.evaluate(Self.key, answer: "Wuhan")
        #expect(results == [1: CheckResult(passed: true, value: 1), 2: CheckResult(passed: true)])
        #expect(checks.evaluate(TurnKey(caseID: "other", turn: 1), answer: "x").isEmpty)
        #expect(try RunChecks(cases: []).isEmpty)
    }

    @Test func batchModeRecordsChecksToo() async throws {
        let out = Fixtures.temporaryDirectory()
        let dataset = Dataset(cases: [Self.record], sha256: String(repeating: "0", count: 64))
        let context = try await RunContext.open(
            folder: RunFolder(path: out), dataset: dataset, datasetPath: "checks.jsonl", limit: nil,
            settings: try TestRun.settings(), baseURL: nil, judgeBaseURL: nil, forceNew: false)
        func line(_ id: String, _ content: String) throws -> String {
            let body = try JSONSerialization.data(withJSONObject: [
                "id": "c", "object": "chat.completion", "model": "x",
                "choices": [["index": 0, "message": ["role": "assistant", "content": content], "finish_reason": "stop"]],
            ])
            return #"{"custom_id":"\#(id)","response":{"status_code":200,"body":\#(String(decoding: body, as: UTF8.self))}}"#
        }
        let file = out + "/output.jsonl"
        let judgeReply = "```json\n{\"reason\": \"fine\", \"verdicts\": {\"1\": \"是\", \"2\": \"是\", \"3\": \"是\"}}\n```"
        let text = try line("gen:1:short", Self.answer) + "\n" + line("judge:1:1:short", judgeReply) + "\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let summary = try await BatchReader.read(path: file, context: context)
        #expect(summary.answers == 1)
        #expect(summary.judgments == 1)
        try await context.finish()
        let results = try TestRun.results(out)
        #expect(results.contains(#""verify":"check","check":false,"value":6,"final":"否""#))
        let run = try ResultsReader.read(Data(results.utf8), path: "results.jsonl", fallbackModel: "m")
        #expect(run.sessions[0].turns[0].items.map(\.verdict) == [.no, .yes, .yes])
    }
}
