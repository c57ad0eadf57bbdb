import FakeOpenAI
import Foundation
import SysBenchScore
import Testing
@testable import SysBenchRun

@Suite struct RunSchedulerTests {
    @Test func followsTheProtocolAndWritesScorableResults() async throws {
        let out = Fixtures.temporaryDirectory()
        try await FakeOpenAIServer.with(script: TestRun.standard) { server in
            let (incomplete, _) = try await TestRun.online(server: server, out: out, settings: try TestRun.settings())
            #expect(incomplete.isEmpty)
            let requests = await server.log.requests
            #expect(requests.count == Fixtures.turnCount * 2)
            // The dependent case's third turn: system, then its own earlier answers.
            let third = try #require(requests.first { $0.model == TestRun.model && $0.messages.last?.content == "Answer in English please." })
            #expect(third.messages.map(\.role) == ["system", "user", "assistant", "user", "assistant", "user"])
            #expect(third.messages[0].content == "你是一名数学老师，只用中文回答。")
            #expect(third.messages[2].content.hasPrefix("Answer to \"二加二等于几？\""))
            // The judge saw the same history, in the Chinese template for the zh case.
            let judged = try #require(requests.first { $0.model == TestRun.judgeModel && $0.messages[0].content.contains("Answer in English please.") })
            #expect(judged.messages.count == 1)
            #expect(judged.messages[0].content.contains("<第2轮>\n用户：再乘以三呢？\n助手：Answer to \"再乘以三呢？\""))
            #expect(judged.messages[0].content.contains("1. [角色约束] 坚持使用中文"))
        }
        let lines = try TestRun.results(out).split(separator: "\n")
        #expect(lines.count == Fixtures.turnCount)
        #expect(lines[0].hasPrefix(#"{"case":"alpha-travel","system_id":1,"mode":"parallel","turn":1,"alignment":"misaligned","model":"fake-model","judge_model":"fake-judge","items":[{"id":1,"type":"action","verdict":"#))
        #expect(lines[2].hasPrefix(#"{"case":"beta-tutor","system_id":2,"mode":"dependent","turn":1,"#))
        #expect(lines.allSatisfy { $0.contains(#""judge_failure":false,"#) && $0.contains(#","response":"Answer to"#) })
    }

    @Test func referenceHistoryShowsReferencesWhereTheyExist() async throws {
        let out = Fixtures.temporaryDirectory()
        try await FakeOpenAIServer.with(script: TestRun.standard) { server in
            try await TestRun.online(server: server, out: out, settings: try TestRun.settings(history: .reference))
            let requests = await server.log.requests
            let third = try #require(requests.first { $0.model == TestRun.model && $0.messages.last?.content == "Answer in English please." })
            #expect(third.messages[2].content == "四。")  // the reference
            #expect(third.messages[4].content.hasPrefix("Answer to"))  // empty reference: the model's own answer
        }
    }

    @Test func unreadableAndWrongIDJudgeRepliesAreRetriedThenRecordedAsFailures() async throws {
        let out = Fixtures.temporaryDirectory()
        let script: FakeOpenAIServer.Script = { request, occurrence in
            guard request.model == TestRun.judgeModel else { return FakeModels.standard(request, judgeModel: TestRun.judgeModel) }
            let prompt = request.messages.last?.content ?? ""
            if prompt.contains("Can I break my lease early?") {
                return .completion(#"{"reason": "x", "verdicts": {"1": "yes", "2": "yes"}}"#, model: request.model)  // id 3 missing, always
            }
            if occurrence == 1 { return .completion("I cannot decide.", model: request.model) }
            return FakeModels.standard(request, judgeModel: TestRun.judgeModel)
        }
        try await FakeOpenAIServer.with(script: script) { server in
            try await TestRun.online(server: server, out: out, settings: try TestRun.settings(judgeRetries: 2))
            // 5 turns judged twice (one unreadable reply each), the lease turn 3 times then given up.
            #expect(await server.log.count(model: TestRun.judgeModel) == 5 * 2 + 3)
        }
        let lines = try TestRun.results(out).split(separator: "\n")
        let failed = try #require(lines.first { $0.contains("gamma-legal") })
        #expect(failed.contains(#""verdict":null"#))
        #expect(failed.contains(#""judge_failure":true,"error":"no usable reply in 3 attempts: the verdict ids [1, 2] differ from the checklist ids [1, 2, 3]""#))
        // The texts the report's drill-down shows: the user message and the answer on
        // every line, the system message on a case's first line only.
        #expect(failed.contains(#""user":"Can I break my lease early?","response":"Answer to"#))
        #expect(lines.filter { $0.contains(#""turn":1,"#) }.allSatisfy { $0.contains(#""system":""#) })
        #expect(lines.filter { !$0.contains(#""turn":1,"#) }.allSatisfy { !$0.contains(#""system":""#) })
        #expect(lines.filter { $0.contains(#""judge_failure":true"#) }.count == 1)

        // The scorer reads the run folder as it is and keeps the failure out of pass/fail.
        let scored = try RunLoader.load(path: out)
        #expect(scored.model == TestRun.model)
        #expect(scored.sessions.map { $0.caseID ?? "" } == ["alpha-travel", "beta-tutor", "gamma-legal"])
        #expect(scored.sessions.flatMap(\.turns).filter(\.judgeFailure).count == 1)
    }

    @Test func transientFaultsDoNotChangeResults() async throws {
        let clean = Fixtures.temporaryDirectory()
        let faulty = Fixtures.temporaryDirectory()
        try await FakeOpenAIServer.with(script: TestRun.standard) { server in
            try await TestRun.online(server: server, out: clean, settings: try TestRun.settings())
        }
        let script: FakeOpenAIServer.Script = { request, occurrence in
            switch (occurrence, request.bodyHash.last ?? "0") {
            case (1, "0"..."3"): return .error(429, "slow down", headers: [("Retry-After", "0")])
            case (1, "4"..."7"): return .error(502, "bad gateway")
            case (1, "8"..."b"): return .drop(delay: .zero)
            case (1, _): return FakeModels.standard(request, judgeModel: TestRun.judgeModel).delayed(by: .seconds(2))
            default: return FakeModels.standard(request, judgeModel: TestRun.judgeModel)
            }
        }
        try await FakeOpenAIServer.with(script: script) { server in
            let (incomplete, context) = try await TestRun.online(
                server: server, out: faulty, settings: try TestRun.settings(), timeout: .seconds(1))  // generous under load
            #expect(incomplete.isEmpty)
            #expect(context.progress.snapshot().retries == Fixtures.turnCount * 2)
        }
        #expect(try TestRun.results(faulty) == TestRun.results(clean))
    }

    @Test func resumingRepeatsNothingAndMatchesAnUninterruptedRun() async throws {
        let whole = Fixtures.temporaryDirectory()
        let parts = Fixtures.temporaryDirectory()
        try await FakeOpenAIServer.with(script: TestRun.standard) { server in
            try await TestRun.online(server: server, out: whole, settings: try TestRun.settings())
        }
        try await FakeOpenAIServer.with(script: TestRun.standard) { server in
            try await TestRun.online(server: server, out: parts, settings: try TestRun.settings(), limit: 1)
            let first = await server.log.requests.count
            try await TestRun.online(server: server, out: parts, settings: try TestRun.settings())
            #expect(await server.log.requests.count == Fixtures.turnCount * 2)
            #expect(first == 4)
        }
        #expect(try TestRun.results(parts) == TestRun.results(whole))
    }

    @Test func refusesToResumeWithDifferentSettings() async throws {
        let out = Fixtures.temporaryDirectory()
        _ = try await TestRun.open(out: out, settings: try TestRun.settings()).finish()
        var changed = try TestRun.settings(history: .reference)
        changed.model = "other-model"
        await #expect(throws: RunError.manifestMismatch(differences: [
            "model: \"fake-model\" → \"other-model\"", "history: \"model\" → \"reference\"",
        ])) {
            _ = try await TestRun.open(out: out, settings: changed)
        }
        let context = try await TestRun.open(out: out, settings: changed, forceNew: true)
        try await context.finish()
    }

    @Test func aFatalClientErrorStopsTheRunAndKeepsTheJournal() async throws {
        let out = Fixtures.temporaryDirectory()
        let script: FakeOpenAIServer.Script = { request, _ in
            request.model == TestRun.judgeModel ? .error(404, "model not found") : FakeModels.standard(request, judgeModel: TestRun.judgeModel)
        }
        try await FakeOpenAIServer.with(script: script) { server in
            await #expect(throws: RunError.self) {
                try await TestRun.online(server: server, out: out, settings: try TestRun.settings(), concurrency: 1)
            }
        }
        let journal = try String(contentsOfFile: out + "/journal.jsonl", encoding: .utf8)
        #expect(journal.contains(#""kind":"answer","case":"alpha-travel","turn":1"#))
    }
}

extension FakeAction {
    /// The same action after an extra delay.
    func delayed(by extra: Duration) -> FakeAction {
        switch self {
        case .reply(let status, let headers, let body, let delay): .reply(status: status, headers: headers, body: body, delay: delay + extra)
        case .drop(let delay): .drop(delay: delay + extra)
        }
    }
}
