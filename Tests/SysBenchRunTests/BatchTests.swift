import FakeOpenAI
import Foundation
import Testing
@testable import SysBenchRun

@Suite struct BatchTests {
    @Test func customIDsRoundTrip() {
        let ids: [BatchID] = [.generation(TurnKey(caseID: "a-b", turn: 3)), .judge(TurnKey(caseID: "x:y", turn: 1), attempt: 2)]
        for id in ids { #expect(BatchID(id.text) == id) }
        #expect(BatchID("gen:0:a") == nil)
        #expect(BatchID("judge:1:a") == nil)
        #expect(BatchID("other:1:a") == nil)
    }

    /// Answers a batch input file the way a batch service would, using the fake models.
    /// In round 1 the first model line fails; in round 2 (the first with judge lines) the
    /// first judge line gets an unreadable reply; both come back in the next stage.
    private func answer(_ input: String, round: Int) throws -> String {
        var out: [String] = []
        for (index, line) in input.split(separator: "\n").enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let customID = try #require(object["custom_id"] as? String)
            #expect(object["method"] as? String == "POST")
            #expect(object["url"] as? String == "/v1/chat/completions")
            let body = try JSONSerialization.data(withJSONObject: try #require(object["body"]))
            let request = FakeRequest(path: "/v1/chat/completions", authorization: nil, body: body)
            if round == 1, index == 0, request.model == TestRun.model {
                out.append(#"{"id":"r\#(index)","custom_id":"\#(customID)","response":{"status_code":500,"body":{"error":{"message":"x"}}},"error":null}"#)
                continue
            }
            var action = FakeModels.standard(request, judgeModel: TestRun.judgeModel)
            if round == 2, index == 0, request.model == TestRun.judgeModel {
                action = .completion("no idea", model: request.model)
            }
            guard case .reply(_, _, let text, _) = action else { continue }
            out.append(#"{"id":"r\#(index)","custom_id":"\#(customID)","response":{"status_code":200,"request_id":"q","body":\#(text)},"error":null}"#)
        }
        return out.joined(separator: "\n") + "\n"
    }

    @Test func batchStagesReachTheSameResultsAsAnOnlineRun() async throws {
        let online = Fixtures.temporaryDirectory()
        try await FakeOpenAIServer.with(script: TestRun.standard) { server in
            try await TestRun.online(server: server, out: online, settings: try TestRun.settings())
        }
        let out = Fixtures.temporaryDirectory()
        let batchDir = out + "/batch"
        var round = 0
        while true {
            round += 1
            #expect(round <= 12, "too many stages")
            if round > 12 { break }
            let context = try await TestRun.open(out: out, settings: try TestRun.settings())
            let counts = try await BatchWriter.write(context: context, directory: batchDir)
            if counts.generation + counts.judge == 0 {
                try await context.finish()
                break
            }
            var output = ""
            for file in [BatchWriter.generationFile, BatchWriter.judgeFile] {
                guard let input = try? String(contentsOfFile: batchDir + "/" + file, encoding: .utf8) else { continue }
                output += try answer(input, round: round)
            }
            try output.write(toFile: out + "/output-\(round).jsonl", atomically: true, encoding: .utf8)
            let summary = try await BatchReader.read(path: out + "/output-\(round).jsonl", context: context)
            if round == 1 { #expect(summary.failed == 1) }
            if round == 2 { #expect(summary.rejected == 1) }
            // Reading the same output twice records nothing new.
            let again = try await BatchReader.read(path: out + "/output-\(round).jsonl", context: context)
            #expect(again.answers == 0 && again.judgments == 0 && again.rejected == 0)
            try await context.finish()
        }
        // The dependent case has 3 turns: at least 4 stages (answer t1, judge t1 + answer t2, ...).
        #expect(round >= 4)
        #expect(try TestRun.results(out) == TestRun.results(online))
    }
}
