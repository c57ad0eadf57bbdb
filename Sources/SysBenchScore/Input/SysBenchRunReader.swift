import Foundation
import SysBenchCore

/// Reads a SysBench evaluated run (`<model>_eval.json`, FORMAT.md §6).
///
/// Turns are the user messages of `messages`, in order, looked up by their text in
/// `prompt_infos` (alignment, criteria) and `eval_results` (verdicts), as the paper's
/// analysis code does. The items of a turn are the keys of its `评判结果`; an item's
/// type comes from the `criteria` stored beside the verdicts, else from `prompt_infos`.
/// A user message with no evaluation, or whose `评判结果` is not an object, is a judge
/// failure: counted, never scored.
public enum SysBenchRunReader {
    /// Decodes a run from the file's bytes; `path` names it in errors and gives the
    /// fallback model name.
    public static func read(_ data: Data, path: String) throws(ScoreInputError) -> ScoredRun {
        let sessions = try decode(data, path: path, includeTexts: false)
        return try run(sessions, path: path)
    }

    /// Decodes a run and its texts for the report: a turn's answer is the `response`
    /// the judge saw, else the assistant message of `infer_results` at the same
    /// position; checklist texts come from the `criteria` beside the verdicts, else
    /// from `prompt_infos`. Text fields of an unexpected kind are left out.
    public static func readWithTexts(_ data: Data, path: String) throws(ScoreInputError) -> (run: ScoredRun, details: RunDetails) {
        let sessions = try decode(data, path: path, includeTexts: true)
        return (try run(sessions, path: path), RunDetails(sessions: sessions.map(detail)))
    }

    private static func decode(_ data: Data, path: String, includeTexts: Bool) throws(ScoreInputError) -> [RawSession] {
        let decoder = JSONDecoder()
        if includeTexts { decoder.userInfo[RawSession.includeTextsKey] = true }
        do {
            return try decoder.decode([RawSession].self, from: data)
        } catch let error as DecodingError {
            if case .typeMismatch(_, let context) = error, context.codingPath.isEmpty {
                throw ScoreInputError(
                    path: path, message: "expected a JSON array of sessions (a SysBench evaluated run)")
            }
            throw ScoreInputError(path: path, message: error.scoreMessage)
        } catch {
            throw ScoreInputError(path: path, message: "not valid JSON")
        }
    }

    private static func run(_ sessions: [RawSession], path: String) throws(ScoreInputError) -> ScoredRun {
        // The SysBench release itself has the same shape without any evaluation: not
        // a run with every turn a judge failure, but no run at all.
        guard sessions.isEmpty || sessions.contains(where: { $0.evalResults != nil }) else {
            throw ScoreInputError(
                path: path,
                message: "the file holds no judged run (no session has eval_results); "
                    + "score reads a SysBench *_eval.json or a run folder")
        }
        let model = sessions.lazy.compactMap(\.inferModel).first { !$0.isEmpty }
            ?? fallbackModelName(path: path)
        return ScoredRun(model: model, source: path, sessions: sessions.map(session))
    }

    /// The model name a file's name implies: `gpt4o_eval.json` → `gpt4o`.
    public static func fallbackModelName(path: String) -> String {
        var name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        if name.hasSuffix("_eval") { name.removeLast("_eval".count) }
        return name
    }

    private static func session(_ raw: RawSession) -> ScoredSession {
        let users = raw.messages.filter { $0.role == "user" }.map { $0.content ?? "" }
        let turns = users.enumerated().map { offset, text in
            let info = raw.promptInfos?[text]
            let alignment = info?.alignment.flatMap { Alignment(label: $0) }
            guard let evaluation = raw.evalResults?[text], let verdicts = evaluation.verdicts else {
                return ScoredTurn(index: offset + 1, alignment: alignment, items: [], judgeFailure: true)
            }
            let items = verdicts.keys.sorted(by: itemOrder).map { key in
                let label = evaluation.criteria?[key]?.type ?? info?.criteria?[key]?.type
                let type = label.flatMap {
                    ConstraintType(label: $0.trimmingCharacters(in: .whitespacesAndNewlines))
                }
                return ScoredItem(id: key, type: type, verdict: verdicts[key]?.verdict ?? .other(""))
            }
            return ScoredTurn(index: offset + 1, alignment: alignment, items: items)
        }
        return ScoredSession(systemID: raw.systemID, mode: Mode(roundsRelated: raw.roundsRelated), turns: turns)
    }

    private static func detail(_ raw: RawSession) -> SessionDetail {
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

    /// Numeric ids in numeric order ("2" before "10"), others after them by text.
    private static func itemOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch (Int(lhs), Int(rhs)) {
        case let (l?, r?): l < r
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): lhs < rhs
        }
    }
}

// The one shape of a SysBench session. Only the fields scoring needs are decoded
// unless the decoder's `includeTextsKey` asks for the texts (answers, prompts,
// reasons), which are read leniently: a field of an unexpected kind is left out.
private struct RawSession: Decodable {
    static let includeTextsKey: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "sysbench-kit.sysbench-session.include-texts") else {
            preconditionFailure("a constant non-empty key")
        }
        return key
    }()

    var systemID: Int?
    var roundsRelated: Bool
    var messages: [RawMessage]
    var promptInfos: [String: RawPromptInfo]?
    var inferModel: String?
    var evalResults: [String: RawEvaluation]?
    var systemPrompt: String?
    var inferResults: [RawMessage]?

    enum CodingKeys: String, CodingKey {
        case systemID = "system_id", roundsRelated = "rounds_related", messages
        case promptInfos = "prompt_infos", inferModel = "infer_model", evalResults = "eval_results"
        case systemPrompt = "system_prompt", inferResults = "infer_results"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        systemID = try container.decodeIfPresent(Int.self, forKey: .systemID)
        roundsRelated = try container.decode(Bool.self, forKey: .roundsRelated)
        messages = try container.decode([RawMessage].self, forKey: .messages)
        promptInfos = try container.decodeIfPresent([String: RawPromptInfo].self, forKey: .promptInfos)
        inferModel = try container.decodeIfPresent(String.self, forKey: .inferModel)
        evalResults = try container.decodeIfPresent([String: RawEvaluation].self, forKey: .evalResults)
        if decoder.userInfo[Self.includeTextsKey] as? Bool == true {
            systemPrompt = try? container.decodeIfPresent(String.self, forKey: .systemPrompt)
            inferResults = try? container.decodeIfPresent([RawMessage].self, forKey: .inferResults)
        }
    }

    static func texts(_ decoder: any Decoder) -> Bool {
        decoder.userInfo[includeTextsKey] as? Bool == true
    }
}

private struct RawMessage: Decodable {
    var role: String
    var content: String?
}

private struct RawPromptInfo: Decodable {
    var alignment: String?
    var criteria: [String: RawCriterion]?
}

private struct RawCriterion: Decodable {
    var type: String?
    var content: String?

    enum CodingKeys: String, CodingKey { case type = "criteria_type", content = "criteria_content" }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        if RawSession.texts(decoder) {
            content = try? container.decodeIfPresent(String.self, forKey: .content)
        }
    }
}

private struct RawEvaluation: Decodable {
    var verdicts: [String: RawVerdict]?
    var criteria: [String: RawCriterion]?
    var reason: String?
    var response: String?

    enum CodingKeys: String, CodingKey { case verdicts = "评判结果", criteria, reason = "评判理由", response }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // A judge reply that did not parse may leave 评判结果 as text or null: that
        // turn is a judge failure, not a broken file.
        verdicts = try? container.decodeIfPresent([String: RawVerdict].self, forKey: .verdicts)
        criteria = try? container.decodeIfPresent([String: RawCriterion].self, forKey: .criteria)
        if RawSession.texts(decoder) {
            reason = try? container.decodeIfPresent(String.self, forKey: .reason)
            response = try? container.decodeIfPresent(String.self, forKey: .response)
        }
    }
}

/// A verdict as judges wrote it: usually a string, sometimes a boolean, a number or null.
struct RawVerdict: Decodable {
    /// The verdict as text: strings as written, booleans `true`/`false`, integral
    /// numbers without a fraction, null `null`, anything else `(structured)`.
    var text: String

    /// The normalised verdict.
    var verdict: Verdict { Verdict(raw: text) }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self.text = text
        } else if let flag = try? container.decode(Bool.self) {
            text = flag ? "true" : "false"
        } else if let number = try? container.decode(Double.self) {
            text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        } else if container.decodeNil() {
            text = "null"
        } else {
            text = "(structured)"
        }
    }
}
