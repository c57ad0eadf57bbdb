import Foundation

/// A judge reply read into a reason and one verdict per checklist id.
public struct JudgeReply: Sendable, Hashable {
    /// The judge's reason (评判理由 / reason), when given.
    public var reason: String?
    /// Verdict text by checklist id, in id order.
    public var verdicts: [Judgment.Verdict]
}

/// Why a judge reply cannot be used; the turn's judging is retried.
public enum JudgeReplyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No JSON object or Python dict could be read from the reply.
    case unreadable
    /// The object has no verdicts (评判结果 / verdicts).
    case noVerdicts
    /// The verdict ids are not exactly the checklist's.
    case idsDiffer(expected: [Int], got: [String])

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .unreadable: "the reply holds no readable JSON object"
        case .noVerdicts: "the reply has no verdicts (评判结果 or verdicts)"
        case .idsDiffer(let expected, let got):
            "the verdict ids [\(got.joined(separator: ", "))] differ from the checklist ids "
                + "[\(expected.map(String.init).joined(separator: ", "))]"
        }
    }
}

/// Reads judge replies leniently. Pure: text in, verdicts or a reason to retry out.
public enum JudgeReplyParser {
    /// Keys that hold the reason, in order of preference.
    static let reasonKeys = ["评判理由", "reason", "reasoning", "理由"]
    /// Keys that hold the verdicts, in order of preference.
    static let verdictKeys = ["评判结果", "verdicts", "verdict", "results", "result"]

    /// Parses `reply` for a checklist with `expectedIDs`.
    ///
    /// The object is taken from the first ``` or ''' fence (an optional `json` tag after
    /// it is skipped) when there is one, else from the first `{`. Keys match without
    /// regard to case; verdict ids may be quoted or bare integers.
    public static func parse(_ reply: String, expectedIDs: [Int]) -> Result<JudgeReply, JudgeReplyError> {
        guard let object = candidates(reply).lazy.compactMap(LooseValue.firstObject).first else { return .failure(.unreadable) }
        let reason = lookup(object, reasonKeys).flatMap { value -> String? in
            if case .null = value { return nil }
            return value.scalarText ?? describe(value)
        }
        guard case .object(let pairs)? = lookup(object, verdictKeys) else { return .failure(.noVerdicts) }
        var verdicts: [Int: String] = [:]
        var keys: [String] = []
        for (key, value) in pairs {
            keys.append(key)
            guard let id = Int(key.trimmingCharacters(in: .whitespaces)), verdicts[id] == nil else { continue }
            verdicts[id] = value.scalarText ?? describe(value)
        }
        guard Set(verdicts.keys) == Set(expectedIDs), verdicts.count == keys.count else {
            return .failure(.idsDiffer(expected: expectedIDs.sorted(), got: keys))
        }
        let ordered = verdicts.keys.sorted().map { Judgment.Verdict(id: $0, verdict: verdicts[$0] ?? "") }
        return .success(JudgeReply(reason: reason, verdicts: ordered))
    }

    /// Texts to try, best first: fenced blocks, then the whole reply.
    static func candidates(_ reply: String) -> [Substring] {
        var out: [Substring] = []
        for fence in ["```", "'''"] {
            var rest = reply[...]
            while let open = rest.range(of: fence) {
                var body = rest[open.upperBound...]
                // Skip a language tag such as `json` on the fence's line.
                let tag = body.prefix { $0.isLetter }
                if tag.lowercased() == "json" || (!tag.isEmpty && body.dropFirst(tag.count).first?.isNewline == true) {
                    body = body.dropFirst(tag.count)
                }
                guard let close = body.range(of: fence) else {
                    out.append(body)
                    break
                }
                out.append(body[..<close.lowerBound])
                rest = body[close.upperBound...]
            }
        }
        out.append(reply[...])
        return out
    }

    private static func lookup(_ object: LooseValue, _ names: [String]) -> LooseValue? {
        guard case .object(let pairs) = object else { return nil }
        for name in names {
            if let pair = pairs.first(where: { $0.0.trimmingCharacters(in: .whitespaces).lowercased() == name }) {
                return pair.1
            }
        }
        return nil
    }

    private static func describe(_ value: LooseValue) -> String {
        switch value {
        case .null: "null"
        case .array(let items): "[" + items.map { $0.scalarText ?? describe($0) }.joined(separator: ", ") + "]"
        case .object(let pairs): "{" + pairs.map { "\($0.0): \($0.1.scalarText ?? describe($0.1))" }.joined(separator: ", ") + "}"
        default: value.scalarText ?? ""
        }
    }
}
