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
        let sessions: [RawSession]
        do {
            sessions = try JSONDecoder().decode([RawSession].self, from: data)
        } catch let error as DecodingError {
            if case .typeMismatch(_, let context) = error, context.codingPath.isEmpty {
                throw ScoreInputError(
                    path: path, message: "expected a JSON array of sessions (a SysBench evaluated run)")
            }
            throw ScoreInputError(path: path, message: error.scoreMessage)
        } catch {
            throw ScoreInputError(path: path, message: "not valid JSON")
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

// Only the fields scoring needs are decoded; the answers and prompts are skipped.
private struct RawSession: Decodable {
    var systemID: Int?
    var roundsRelated: Bool
    var messages: [RawMessage]
    var promptInfos: [String: RawPromptInfo]?
    var inferModel: String?
    var evalResults: [String: RawEvaluation]?

    enum CodingKeys: String, CodingKey {
        case systemID = "system_id", roundsRelated = "rounds_related", messages
        case promptInfos = "prompt_infos", inferModel = "infer_model", evalResults = "eval_results"
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

    enum CodingKeys: String, CodingKey { case type = "criteria_type" }
}

private struct RawEvaluation: Decodable {
    var verdicts: [String: RawVerdict]?
    var criteria: [String: RawCriterion]?

    enum CodingKeys: String, CodingKey { case verdicts = "评判结果", criteria }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // A judge reply that did not parse may leave 评判结果 as text or null: that
        // turn is a judge failure, not a broken file.
        verdicts = try? container.decodeIfPresent([String: RawVerdict].self, forKey: .verdicts)
        criteria = try? container.decodeIfPresent([String: RawCriterion].self, forKey: .criteria)
    }
}

/// A verdict as judges wrote it: usually a string, sometimes a boolean, a number or null.
struct RawVerdict: Decodable {
    var verdict: Verdict

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            verdict = Verdict(raw: text)
        } else if let flag = try? container.decode(Bool.self) {
            verdict = Verdict(bool: flag)
        } else if let number = try? container.decode(Double.self) {
            verdict = .other(number == number.rounded() && abs(number) < 1e15
                ? String(Int(number)) : String(number))
        } else if container.decodeNil() {
            verdict = .other("null")
        } else {
            verdict = .other("(structured)")
        }
    }
}
