import Testing
@testable import SysBenchRun

@Suite struct JudgeReplyParserTests {
    private func verdicts(_ reply: String, _ ids: [Int]) -> [String]? {
        guard case .success(let parsed) = JudgeReplyParser.parse(reply, expectedIDs: ids) else { return nil }
        return parsed.verdicts.map(\.verdict)
    }

    @Test func readsSysBenchStylePythonDictInQuoteFence() throws {
        let reply = """
            好的，以下是评判：
            '''json
            {
              "评判理由": "回答拒绝了无关问题。",
              "评判结果": {
                1: "是",
                2: '否',
              }
            }
            '''
            """
        let parsed = try JudgeReplyParser.parse(reply, expectedIDs: [1, 2]).get()
        #expect(parsed.reason == "回答拒绝了无关问题。")
        #expect(parsed.verdicts == [.init(id: 1, verdict: "是"), .init(id: 2, verdict: "否")])
    }

    @Test func readsJSONInBacktickFence() {
        let reply = "```json\n{\"reason\": \"ok\", \"verdicts\": {\"2\": \"no\", \"1\": \"yes\"}}\n```"
        #expect(verdicts(reply, [1, 2]) == ["yes", "no"])
    }

    @Test func readsBareJSONAndPythonLiterals() {
        #expect(verdicts(#"{"Reason": "x", "Verdicts": {"1": true, "2": False}}"#, [1, 2]) == ["true", "false"])
        #expect(verdicts("{'评判理由': 'a\nb', '评判结果': {'1': '部分是'}} trailing text", [1]) == ["部分是"])
        #expect(verdicts("```\n{\"评判结果\": {\"1\": \"是\"}}\n```", [1]) == ["是"])
    }

    @Test func skipsBracesThatAreNotTheObject() {
        let reply = "Checking {item one}... Result: {\"reason\": \"fine\", \"verdicts\": {\"1\": \"yes\"}}"
        #expect(verdicts(reply, [1]) == ["yes"])
    }

    @Test func keepsUnusualVerdictTextAsWritten() {
        #expect(verdicts(#"{"评判结果": {"1": "不适用", "2": "无法判断"}}"#, [1, 2]) == ["不适用", "无法判断"])
    }

    @Test func decodesEscapes() throws {
        let parsed = try JudgeReplyParser.parse(#"{"reason": "a \"q\" \u4e2d \ud83d\ude00", "verdicts": {"1": "yes"}}"#, expectedIDs: [1]).get()
        #expect(parsed.reason == "a \"q\" 中 😀")
    }

    @Test func refusesIDsThatDifferFromTheChecklist() {
        #expect(JudgeReplyParser.parse(#"{"verdicts": {"1": "yes"}}"#, expectedIDs: [1, 2])
            == .failure(.idsDiffer(expected: [1, 2], got: ["1"])))
        #expect(JudgeReplyParser.parse(#"{"verdicts": {"1": "yes", "3": "no"}}"#, expectedIDs: [1, 2])
            == .failure(.idsDiffer(expected: [1, 2], got: ["1", "3"])))
        #expect(JudgeReplyParser.parse(#"{"verdicts": {"1": "yes", "x": "no"}}"#, expectedIDs: [1])
            == .failure(.idsDiffer(expected: [1], got: ["1", "x"])))
    }

    @Test func refusesUnreadableReplies() {
        #expect(JudgeReplyParser.parse("I think it is fine.", expectedIDs: [1]) == .failure(.unreadable))
        #expect(JudgeReplyParser.parse("{\"verdicts\": {\"1\": \"yes\"", expectedIDs: [1]) == .failure(.unreadable))
        #expect(JudgeReplyParser.parse(#"{"reason": "no verdicts"}"#, expectedIDs: [1]) == .failure(.noVerdicts))
    }

    /// Found by fuzz-judge-reply (its seed of 200,000 `{` timed out): every `{` decoded the
    /// rest of the reply again, so time grew with the square of the length (200,000 braces
    /// ran over 10 minutes in the debug build). Now the reply is decoded once.
    @Test func manyBracesAreRefusedQuickly() {
        let started = ContinuousClock.now
        #expect(JudgeReplyParser.parse(String(repeating: "{", count: 50_000), expectedIDs: [1]) == .failure(.unreadable))
        #expect(JudgeReplyParser.parse(String(repeating: "x {", count: 20_000) + #"{"verdicts": {"1": "yes"}}"#, expectedIDs: [1])
            .map(\.verdicts) == .success([.init(id: 1, verdict: "yes")]))
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func judgeOutcomeGivesUpAfterTheRetries() {
        let key = TurnKey(caseID: "c", turn: 1)
        let first = JudgeOutcome.entries(key: key, reply: "??", usage: nil, expectedIDs: [1], attempt: 1, retries: 1)
        #expect(first.count == 1)
        let last = JudgeOutcome.entries(key: key, reply: "??", usage: nil, expectedIDs: [1], attempt: 2, retries: 1)
        #expect(last.count == 2)
        guard case .judgment(_, let judgment) = last[1] else { Issue.record("no judgment"); return }
        #expect(judgment.failure?.contains("2 attempts") == true)
    }
}
