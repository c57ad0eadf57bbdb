import Foundation
import SysBenchScore

/// Reads the texts of a SysBench evaluated run (`<model>_eval.json`).
///
/// Turns are the user messages of `messages`, in order, as ``SysBenchRunReader``
/// reads them; a turn's answer is the `response` the judge saw, else the assistant
/// message of `infer_results` at the same position; checklist texts come from the
/// `criteria` beside the verdicts, else from `prompt_infos`. Fields of an unexpected
/// kind are left out rather than failing the report.
public enum SysBenchDetailReader {
    /// Decodes the details of a run; `path` names the file in errors.
    public static func read(_ data: Data, path: String) throws(ScoreInputError) -> RunDetails {
        let sessions: [RawSession]
        do {
            sessions = try JSONDecoder().decode([RawSession].self, from: data)
        } catch {
            throw ScoreInputError(path: path, message: "cannot read the answers and reasons for the report")
        }
        return RunDetails(sessions: sessions.map(session))
    }

    private static func session(_ raw: RawSession) -> SessionDetail {
        let users = raw.messages.filter { $0.role == "user" }.map { $0.content ?? "" }
        let answers = (raw.inferResults ?? []).filter { $0.role == "assistant" }.map(\.content)
        var turns: [Int: TurnDetail] = [:]
        for (offset, text) in users.enumerated() {
            let evaluation = raw.evalResults?[text]
            var itemTexts: [String: String] = [:]
            for (id, criterion) in raw.promptInfos?[text]?.criteria ?? [:] {
                if let content = criterion.content { itemTexts[id] = content }
            }
            for (id, criterion) in evaluation?.criteria ?? [:] {
                if let content = criterion.content { itemTexts[id] = content }
            }
            let answer = offset < answers.count ? answers[offset] : nil
            turns[offset + 1] = TurnDetail(
                user: text, response: evaluation?.response ?? answer, reason: evaluation?.reason,
                itemTexts: itemTexts)
        }
        let system = raw.systemPrompt ?? raw.messages.first { $0.role == "system" }?.content
        return SessionDetail(system: system, turns: turns)
    }
}

private struct RawSession: Decodable {
    var systemPrompt: String?
    var messages: [RawMessage]
    var promptInfos: [String: RawPromptInfo]?
    var inferResults: [RawMessage]?
    var evalResults: [String: RawEvaluation]?

    enum CodingKeys: String, CodingKey {
        case systemPrompt = "system_prompt", messages, promptInfos = "prompt_infos"
        case inferResults = "infer_results", evalResults = "eval_results"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        systemPrompt = try? container.decodeIfPresent(String.self, forKey: .systemPrompt)
        messages = try container.decode([RawMessage].self, forKey: .messages)
        promptInfos = try? container.decodeIfPresent([String: RawPromptInfo].self, forKey: .promptInfos)
        inferResults = try? container.decodeIfPresent([RawMessage].self, forKey: .inferResults)
        evalResults = try? container.decodeIfPresent([String: RawEvaluation].self, forKey: .evalResults)
    }
}

private struct RawMessage: Decodable {
    var role: String
    var content: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = (try? container.decode(String.self, forKey: .role)) ?? ""
        content = try? container.decodeIfPresent(String.self, forKey: .content)
    }

    enum CodingKeys: String, CodingKey { case role, content }
}

private struct RawPromptInfo: Decodable {
    var criteria: [String: RawCriterion]?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        criteria = try? container.decodeIfPresent([String: RawCriterion].self, forKey: .criteria)
    }

    enum CodingKeys: String, CodingKey { case criteria }
}

private struct RawCriterion: Decodable {
    var content: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        content = try? container.decodeIfPresent(String.self, forKey: .content)
    }

    enum CodingKeys: String, CodingKey { case content = "criteria_content" }
}

private struct RawEvaluation: Decodable {
    var reason: String?
    var response: String?
    var criteria: [String: RawCriterion]?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        reason = try? container.decodeIfPresent(String.self, forKey: .reason)
        response = try? container.decodeIfPresent(String.self, forKey: .response)
        criteria = try? container.decodeIfPresent([String: RawCriterion].self, forKey: .criteria)
    }

    enum CodingKeys: String, CodingKey { case reason = "评判理由", response, criteria }
}
