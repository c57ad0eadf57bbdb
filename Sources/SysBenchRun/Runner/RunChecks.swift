import SysBenchCore

/// The deterministic checks (CHECKS.md) of a run's cases, compiled once per run: one
/// ``SysBenchCore/CheckEvaluator`` per checklist item that declares a check.
///
/// The results file asks it for every judged turn's answer, so online runs and batch
/// runs, which both derive their results from the journal, evaluate checks alike.
public struct RunChecks: Sendable {
    private var evaluators: [TurnKey: [Int: CheckEvaluator]] = [:]

    /// No checks at all.
    public init() {}

    /// Compiles the checks of `cases`; fails only on a `matches` pattern that does not
    /// compile (a dataset `build` would have refused), naming the item.
    public init(cases: [ReleaseRecord]) throws(RunError) {
        for record in cases {
            for (offset, turn) in record.turns.enumerated() {
                for item in turn.checklist {
                    guard let check = item.check else { continue }
                    let key = TurnKey(caseID: record.id, turn: offset + 1)
                    do {
                        evaluators[key, default: [:]][item.id] = try CheckEvaluator(check)
                    } catch {
                        throw RunError.dataset(
                            path: record.id, line: nil, message: "turn \(offset + 1), item \(item.id): \(error.message)")
                    }
                }
            }
        }
    }

    /// Whether any item of the run declares a check.
    public var isEmpty: Bool { evaluators.isEmpty }

    /// The results of the checks of turn `key` on `answer`, by item id; empty for a
    /// turn without checks.
    public func evaluate(_ key: TurnKey, answer: String) -> [Int: CheckResult] {
        guard let items = evaluators[key] else { return [:] }
        return items.mapValues { $0.evaluate(answer) }
    }
}
