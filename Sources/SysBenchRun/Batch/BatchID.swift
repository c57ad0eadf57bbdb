/// The `custom_id` of a batch request: which turn, and whether it asks the model
/// (`gen:TURN:CASE`) or the judge (`judge:TURN:ATTEMPT:CASE`).
public enum BatchID: Sendable, Hashable {
    /// The model's answer to a turn.
    case generation(TurnKey)
    /// Judge attempt `attempt` (1-based) for a turn.
    case judge(TurnKey, attempt: Int)

    /// The text form.
    public var text: String {
        switch self {
        case .generation(let key): "gen:\(key.turn):\(key.caseID)"
        case .judge(let key, let attempt): "judge:\(key.turn):\(attempt):\(key.caseID)"
        }
    }

    /// Parses the text form (the case id comes last, so it may hold anything).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "gen":
            let rest = parts[1].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard rest.count == 2, let turn = Int(rest[0]), turn >= 1, !rest[1].isEmpty else { return nil }
            self = .generation(TurnKey(caseID: String(rest[1]), turn: turn))
        case "judge":
            let rest = parts[1].split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard rest.count == 3, let turn = Int(rest[0]), turn >= 1, let attempt = Int(rest[1]), attempt >= 1,
                  !rest[2].isEmpty
            else { return nil }
            self = .judge(TurnKey(caseID: String(rest[2]), turn: turn), attempt: attempt)
        default:
            return nil
        }
    }
}
