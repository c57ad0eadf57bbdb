import Foundation
import KitSupport

/// Reads a Batch API output file (OpenAI or vLLM `run_batch`) back into the journal.
public enum BatchReader {
    /// What reading a file did.
    public struct Summary: Sendable, Hashable {
        /// Answers recorded.
        public var answers = 0
        /// Judgments recorded (judge failures included).
        public var judgments = 0
        /// Judge replies that could not be used.
        public var rejected = 0
        /// Lines with an error or a non-200 status; their requests stay pending.
        public var failed = 0
        /// Lines already recorded, or for cases or turns this run does not have.
        public var skipped = 0
    }

    private struct Line: Decodable {
        struct Response: Decodable {
            var statusCode: Int?
            var body: ChatResponse?
            enum CodingKeys: String, CodingKey { case statusCode = "status_code", body }

            // An error body is not a chat completion; the line still counts, as failed.
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                statusCode = try? container.decodeIfPresent(Int.self, forKey: .statusCode)
                body = try? container.decodeIfPresent(ChatResponse.self, forKey: .body)
            }
        }
        var customID: String
        var response: Response?
        enum CodingKeys: String, CodingKey { case customID = "custom_id", response }
    }

    /// Records every usable line of the output file at `path` into `context`.
    public static func read(path: String, context: RunContext) async throws(RunError) -> Summary {
        let data: Data
        do {
            data = Data(try FileReader.bytes(atPath: path))
        } catch {
            throw RunError.batch(path: path, line: nil, message: "cannot read: \(error.reason)")
        }
        let cases = Dictionary(context.cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var summary = Summary()
        for raw in JSONLines.lines(data) {
            let lineNumber = raw.number
            guard let line = try? JSONDecoder().decode(Line.self, from: Data(raw.bytes)) else {
                throw RunError.batch(path: path, line: lineNumber, message: "not a batch output line")
            }
            guard let id = BatchID(line.customID) else {
                throw RunError.batch(path: path, line: lineNumber, message: "custom_id \"\(line.customID)\" was not written by this tool")
            }
            guard let response = line.response, response.statusCode ?? 200 == 200, let body = response.body else {
                summary.failed += 1
                continue
            }
            let state = await context.recorder.state
            switch id {
            case .generation(let key):
                guard let record = cases[key.caseID], key.turn <= record.turns.count, state.answers[key] == nil,
                      (1..<key.turn).allSatisfy({ state.answers[TurnKey(caseID: key.caseID, turn: $0)] != nil })
                else {
                    summary.skipped += 1
                    continue
                }
                summary.answers += try await context.recorder.record([.answer(key, content: body.content, usage: body.usage)])
            case .judge(let key, let attempt):
                guard let record = cases[key.caseID], key.turn <= record.turns.count, state.answers[key] != nil,
                      state.judgments[key] == nil, (state.rejected[key] ?? 0) < attempt
                else {
                    summary.skipped += 1
                    continue
                }
                let entries = JudgeOutcome.entries(
                    key: key, reply: body.content, usage: body.usage,
                    expectedIDs: record.turns[key.turn - 1].checklist.map(\.id),
                    attempt: attempt, retries: context.settings.judgeRetries)
                _ = try await context.recorder.record(entries)
                for entry in entries {
                    if case .judgment = entry { summary.judgments += 1 } else { summary.rejected += 1 }
                }
            }
        }
        return summary
    }
}
