import Foundation
import KitSupport
import SysBenchCore

/// Writes the run's pending requests as OpenAI Batch API input (one JSON object a line:
/// `custom_id`, `method`, `url`, `body`), which OpenAI's batch service and vLLM's
/// `run_batch` both read. Model and judge requests go to separate files because a
/// batch holds one model.
public enum BatchWriter {
    /// File name of the model requests.
    public static let generationFile = "generate.jsonl"
    /// File name of the judge requests.
    public static let judgeFile = "judge.jsonl"
    /// The `url` of every request line.
    public static let url = "/v1/chat/completions"

    /// The pending requests of the current stage: for each case, the first unanswered
    /// turn (its history is complete) and every answered turn not yet judged.
    public static func pending(cases: [ReleaseRecord], state: JournalState, builder: RequestBuilder) -> [(BatchID, ChatRequest)] {
        var out: [(BatchID, ChatRequest)] = []
        for record in cases.sorted(by: { $0.id < $1.id }) {
            var answers: [String] = []
            for index in record.turns.indices {
                let key = TurnKey(caseID: record.id, turn: index + 1)
                let shown = builder.shownAnswers(record, answers: answers)
                guard let answer = state.answers[key] else {
                    out.append((.generation(key), builder.generation(record, turnIndex: index, shown: shown)))
                    break
                }
                if state.judgments[key] == nil {
                    let attempt = (state.rejected[key] ?? 0) + 1
                    out.append((.judge(key, attempt: attempt), builder.judge(record, turnIndex: index, shown: shown, response: answer)))
                }
                answers.append(answer)
            }
        }
        return out
    }

    /// One input line.
    public static func line(_ id: BatchID, _ request: ChatRequest) -> String {
        var out = "{"
        for (name, value) in [("custom_id", id.text), ("method", "POST"), ("url", url)] {
            JSONWriter.writeString(name, into: &out)
            out += ":"
            JSONWriter.writeString(value, into: &out)
            out += ","
        }
        out += "\"body\":" + String(decoding: request.encoded(), as: UTF8.self) + "}"
        return out
    }

    /// Writes the pending requests of `context` into `directory` (replacing earlier
    /// files of the same names; an empty stage removes them) and returns the counts.
    public static func write(context: RunContext, directory: String) async throws(RunError) -> (generation: Int, judge: Int) {
        let state = await context.recorder.state
        let requests = pending(cases: context.cases, state: state, builder: context.builder)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RunError.runFolder(path: directory, message: "cannot create the batch folder")
        }
        var generation: [String] = []
        var judge: [String] = []
        for (id, request) in requests {
            if case .generation = id { generation.append(line(id, request)) } else { judge.append(line(id, request)) }
        }
        for (name, lines) in [(generationFile, generation), (judgeFile, judge)] {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            if lines.isEmpty {
                try? FileManager.default.removeItem(atPath: path)
            } else {
                try RunError.writing(Data((lines.joined(separator: "\n") + "\n").utf8), to: path)
            }
        }
        return (generation.count, judge.count)
    }
}
