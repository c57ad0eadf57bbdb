import FakeOpenAI
import Foundation
import Testing

@Suite struct FaultPlanTests {
    let soak = FaultPlan(tooManyRequests: 0.10, serverError: 0.05, drop: 0.02, garbledJudge: 0.03, seed: 7)
    /// 10,000 distinct body hashes, as the server computes them.
    let hashes = (0..<10_000).map { FakeModels.hash("body \($0)") }

    func chat(model: String, content: String) -> FakeRequest {
        let body = #"{"messages":[{"content":"\#(content)","role":"user"}],"model":"\#(model)"}"#
        return FakeRequest(path: "/v1/chat/completions", authorization: nil, body: Data(body.utf8))
    }

    @Test func theSameBodyAndOccurrenceAlwaysMeetTheSameFault() {
        let again = FaultPlan(tooManyRequests: 0.10, serverError: 0.05, drop: 0.02, garbledJudge: 0.03, seed: 7)
        for hash in hashes.prefix(1000) {
            for occurrence in 1...3 {
                #expect(soak.fault(bodyHash: hash, occurrence: occurrence, isJudge: true)
                    == again.fault(bodyHash: hash, occurrence: occurrence, isJudge: true))
            }
        }
        // The draw itself is fixed: a change here changes every soak's faults.
        #expect(FaultPlan.unit(seed: 7, bodyHash: hashes[0], occurrence: 1)
            == FaultPlan.unit(seed: 7, bodyHash: hashes[0], occurrence: 1))
        let draws = hashes.prefix(1000).map { FaultPlan.unit(seed: 7, bodyHash: $0, occurrence: 1) }
        #expect(draws.allSatisfy { (0..<1).contains($0) })
    }

    @Test func anotherSeedMeetsOtherFaults() {
        let other = FaultPlan(tooManyRequests: 0.10, serverError: 0.05, drop: 0.02, garbledJudge: 0.03, seed: 8)
        let differ = hashes.filter {
            soak.fault(bodyHash: $0, occurrence: 1, isJudge: true) != other.fault(bodyHash: $0, occurrence: 1, isJudge: true)
        }.count
        // Two independent plans at a 20 % fault rate disagree on about 1 − (0.8² + 0.1² + …) ≈ 34 % of bodies.
        #expect(differ > 2500 && differ < 4500)
    }

    @Test func ratesHoldOverTenThousandBodies() {
        var counts: [FaultPlan.Fault?: Int] = [:]
        for hash in hashes { counts[soak.fault(bodyHash: hash, occurrence: 1, isJudge: true), default: 0] += 1 }
        // Binomial standard deviations at n = 10,000: 30, 22, 14 and 17; the bounds are over 3 of them.
        #expect((900...1100).contains(counts[.tooManyRequests] ?? 0))
        #expect((420...580).contains(counts[.serverError] ?? 0))
        #expect((140...260).contains(counts[.drop] ?? 0))
        #expect((230...370).contains(counts[.garbledJudge] ?? 0))
        // A model request is never answered with a garbled judge reply; its other rates are the same bands.
        let model = hashes.map { soak.fault(bodyHash: $0, occurrence: 1, isJudge: false) }
        #expect(!model.contains(.garbledJudge))
        #expect(model.filter { $0 == .tooManyRequests }.count == counts[.tooManyRequests])
    }

    @Test func retriesOfTheSameBodyDrawAgainAndGetThrough() {
        var attemptsNeeded: [Int] = []
        for hash in hashes {
            let first = (1...20).first { soak.fault(bodyHash: hash, occurrence: $0, isJudge: true) == nil }
            attemptsNeeded.append(first ?? 21)
        }
        // At a 20 % fault rate, 0.2^8 ≈ 3e-6: every body gets through within the runner's 8 attempts.
        #expect(attemptsNeeded.allSatisfy { $0 <= 8 })
        // About 80 % get through at once and 16 % at the second attempt.
        #expect((7700...8300).contains(attemptsNeeded.filter { $0 == 1 }.count))
        #expect((1300...1900).contains(attemptsNeeded.filter { $0 == 2 }.count))
    }

    @Test func anEmptyPlanInjectsNothing() {
        let none = FaultPlan()
        #expect(none.isEmpty)
        #expect(hashes.allSatisfy { none.fault(bodyHash: $0, occurrence: 1, isJudge: true) == nil })
        #expect(FaultPlan(tooManyRequests: 2, serverError: -1, drop: .nan).tooManyRequests == 1)
        #expect(FaultPlan(tooManyRequests: 2, serverError: -1, drop: .nan).isEmpty == false)
        #expect(FaultPlan(serverError: -1, drop: .nan).isEmpty)
    }

    @Test func onlyChatCompletionsAreFaulted() {
        let always = FaultPlan(serverError: 1)
        let models = FakeRequest(path: "/v1/models", authorization: nil, body: Data())
        #expect(always.fault(for: models, occurrence: 1, judgeModel: "judge") == nil)
        #expect(always.fault(for: chat(model: "m", content: "hi"), occurrence: 1, judgeModel: "judge") == .serverError)
    }

    @Test func eachFaultBecomesItsReply() async {
        let base: FakeOpenAIServer.Script = { request, _ in FakeModels.standard(request, judgeModel: "judge") }
        func reply(_ plan: FaultPlan, _ request: FakeRequest) async -> FakeAction {
            await plan.script(judgeModel: "judge", delay: .zero, over: base)(request, 1)
        }
        let question = chat(model: "m", content: "hi")
        if case .reply(let status, let headers, _, _) = await reply(FaultPlan(tooManyRequests: 1, retryAfterSeconds: 2), question) {
            #expect(status == 429)
            #expect(headers.contains { $0.0 == "Retry-After" && $0.1 == "2" })
        } else {
            Issue.record("a 429 is a reply")
        }
        if case .reply(let status, _, _, _) = await reply(FaultPlan(serverError: 1), question) {
            #expect(status == 500)
        } else {
            Issue.record("a 500 is a reply")
        }
        if case .drop = await reply(FaultPlan(drop: 1), question) {} else { Issue.record("a drop closes the connection") }
        // A garbled judge reply is a 200 whose content holds no JSON object; model requests pass through.
        if case .reply(let status, _, let body, _) = await reply(FaultPlan(garbledJudge: 1), chat(model: "judge", content: "grade")) {
            #expect(status == 200)
            #expect(body.contains(FaultPlan.garbledReply))
            #expect(!FaultPlan.garbledReply.contains("{"))
        } else {
            Issue.record("a garbled reply is a reply")
        }
        if case .reply(_, _, let body, _) = await reply(FaultPlan(garbledJudge: 1), question) {
            #expect(body.contains("Answer to"))
        } else {
            Issue.record("a model request is answered")
        }
    }

    @Test func theObserverHearsEveryChatReplyWithItsFault() async {
        let heard = Heard()
        let plan = FaultPlan(serverError: 1)
        let script = plan.script(
            judgeModel: "judge", delay: .zero, over: { _, _ in .completion("x", model: "m") },
            observe: { request, occurrence, fault in heard.add("\(request.model) \(occurrence) \(fault?.rawValue ?? "ok")") })
        _ = await script(chat(model: "m", content: "a"), 3)
        _ = await script(FakeRequest(path: "/v1/models", authorization: nil, body: Data()), 1)
        #expect(heard.lines == ["m 3 500"])
    }
}

/// Lines an observer heard, from any task.
private final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var lines: [String] { lock.withLock { stored } }
    func add(_ line: String) { lock.withLock { stored.append(line) } }
}
