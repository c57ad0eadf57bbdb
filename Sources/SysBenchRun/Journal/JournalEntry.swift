import Foundation
import KitSupport
import SysBenchCore

/// Names one turn of one case.
public struct TurnKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The case id.
    public var caseID: String
    /// The 1-based turn position.
    public var turn: Int

    /// Creates a key.
    public init(caseID: String, turn: Int) {
        self.caseID = caseID
        self.turn = turn
    }

    /// Orders by case id, then turn.
    public static func < (lhs: TurnKey, rhs: TurnKey) -> Bool {
        (lhs.caseID, lhs.turn) < (rhs.caseID, rhs.turn)
    }

    /// `case#turn`, for messages.
    public var description: String { "\(caseID)#\(turn)" }
}

/// One line of the run journal. Each is written once, whole, and never changed.
public enum JournalEntry: Sendable, Hashable {
    /// The model's answer to a turn.
    case answer(TurnKey, content: String, usage: TokenUsage?)
    /// The judge's verdicts for a turn (or, with `failure` set, its giving up).
    case judgment(TurnKey, Judgment)
    /// A judge reply that could not be used; counted against `--judge-retries`.
    case judgeRejected(TurnKey, attempt: Int, error: String, usage: TokenUsage?)

    /// The turn the entry is about.
    public var key: TurnKey {
        switch self {
        case .answer(let key, _, _), .judgment(let key, _), .judgeRejected(let key, _, _, _): key
        }
    }

    /// The entry's canonical JSON line (without the newline).
    public var jsonLine: String {
        var pairs: [(String, JSONValue)] = []
        switch self {
        case .answer(let key, let content, let usage):
            pairs = [("kind", .string("answer"))] + Self.keyPairs(key) + [("content", .string(content))]
            pairs += Self.usagePairs(usage)
        case .judgment(let key, let judgment):
            pairs = [("kind", .string("judgment"))] + Self.keyPairs(key)
            if let failure = judgment.failure {
                pairs.append(("failure", .string(failure)))
            } else {
                pairs.append(("reason", judgment.reason.map(JSONValue.string) ?? .null))
                pairs.append(("verdicts", .array(judgment.verdicts.map {
                    .object([("id", .int($0.id)), ("verdict", .string($0.verdict))])
                })))
            }
            pairs.append(("attempts", .int(judgment.attempts)))
            pairs += Self.usagePairs(judgment.usage)
        case .judgeRejected(let key, let attempt, let error, let usage):
            pairs = [("kind", .string("judge_rejected"))] + Self.keyPairs(key)
            pairs += [("attempt", .int(attempt)), ("error", .string(error))]
            pairs += Self.usagePairs(usage)
        }
        return JSONValue.object(pairs).compactText
    }

    private static func keyPairs(_ key: TurnKey) -> [(String, JSONValue)] {
        [("case", .string(key.caseID)), ("turn", .int(key.turn))]
    }

    private static func usagePairs(_ usage: TokenUsage?) -> [(String, JSONValue)] {
        guard let usage else { return [] }
        return [("prompt_tokens", .int(usage.promptTokens)), ("completion_tokens", .int(usage.completionTokens))]
    }

    private struct Line: Decodable {
        struct Verdict: Decodable { var id: Int; var verdict: String }
        var kind: String
        var `case`: String
        var turn: Int
        var content: String?
        var reason: String?
        var verdicts: [Verdict]?
        var failure: String?
        var attempts: Int?
        var attempt: Int?
        var error: String?
        var prompt_tokens: Int?
        var completion_tokens: Int?
    }

    /// Reads a journal line back; nil when it is not one.
    public init?(line: Data) {
        guard let decoded = try? JSONDecoder().decode(Line.self, from: line) else { return nil }
        let key = TurnKey(caseID: decoded.`case`, turn: decoded.turn)
        let usage = decoded.prompt_tokens.map {
            TokenUsage(promptTokens: $0, completionTokens: decoded.completion_tokens ?? 0)
        }
        switch decoded.kind {
        case "answer":
            guard let content = decoded.content else { return nil }
            self = .answer(key, content: content, usage: usage)
        case "judgment":
            let verdicts = (decoded.verdicts ?? []).map { Judgment.Verdict(id: $0.id, verdict: $0.verdict) }
            self = .judgment(key, Judgment(
                reason: decoded.reason, verdicts: verdicts, failure: decoded.failure,
                attempts: decoded.attempts ?? 1, usage: usage))
        case "judge_rejected":
            self = .judgeRejected(key, attempt: decoded.attempt ?? 1, error: decoded.error ?? "", usage: usage)
        default:
            return nil
        }
    }
}

/// The judge's finding for one turn.
public struct Judgment: Sendable, Hashable {
    /// One checklist item's verdict, as the judge wrote it.
    public struct Verdict: Sendable, Hashable {
        /// The checklist id.
        public var id: Int
        /// The verdict text (是, 否, yes, ...), normalised later by the scorer.
        public var verdict: String

        /// Creates a verdict.
        public init(id: Int, verdict: String) {
            self.id = id
            self.verdict = verdict
        }
    }

    /// The judge's reason, when it gave one.
    public var reason: String?
    /// Verdicts in checklist order; empty for a failure.
    public var verdicts: [Verdict]
    /// Set when the judge gave no usable reply within the retries.
    public var failure: String?
    /// Judge requests spent on the turn.
    public var attempts: Int
    /// Tokens of the accepted reply.
    public var usage: TokenUsage?

    /// Creates a judgment.
    public init(reason: String?, verdicts: [Verdict], failure: String?, attempts: Int, usage: TokenUsage?) {
        self.reason = reason
        self.verdicts = verdicts
        self.failure = failure
        self.attempts = attempts
        self.usage = usage
    }
}
