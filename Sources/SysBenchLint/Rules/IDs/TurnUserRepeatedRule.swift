public import SysBenchCore

/// The SysBench release keys a session's turns by their user message (`prompt_infos`),
/// so two turns of a case with the same message cannot be exported, and a run's
/// answers to them could not be told apart there. Repeating a question on purpose
/// (does the model hold its ground when asked again?) is worth a reworded message.
public struct TurnUserRepeatedRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "turn-user-repeated",
        severity: .warning,
        summary: "Two turns of a case have the same user message, which SysBench uses as the turn's key",
        triggering: [
            Example("""
                turns:
                  - id: t1
                    user: What should I see in Beijing?
                  - id: t2
                    user: Where can I eat?
                  - id: t3
                    user: ↓What should I see in Beijing?
                  - id: t4
                    user: ↓"What should I see in Beijing?"
                """),
            // Equal as Unicode text (é as one character or as e and an accent) is equal
            // to SysBench's keys too.
            Example("turns:\n  - id: t1\n    user: Caf\u{E9}?\n  - id: t2\n    user: ↓Cafe\u{301}?\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("""
                turns:
                  - id: t1
                    user: What should I see in Beijing?
                  - id: t2
                    user: And what should I see in Beijing at night?
                  - id: t3
                    user: ""
                  - id: t4
                    user: ""
                """),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        // A case has a handful of turns: each message is compared with the earlier
        // distinct ones, and a long conversation switches to a table so the cost stays
        // linear. String equality and hashing are Unicode equivalence, as the export's are.
        var firsts: [(user: String, index: Int)] = []
        var table: [String: Int]?
        for (index, turn) in testCase.turns.enumerated() {
            guard let user = turn.user, !user.value.isEmpty else { continue }
            let first: Int?
            if table != nil {
                first = table?[user.value]
                if first == nil { table?[user.value] = index }
            } else {
                first = firsts.first(where: { $0.user == user.value })?.index
                if first == nil {
                    firsts.append((user.value, index))
                    if firsts.count > Self.scanLimit {
                        table = Dictionary(firsts.map { ($0.user, $0.index) }, uniquingKeysWith: { a, _ in a })
                    }
                }
            }
            guard let first else { continue }
            let name = turn.id.map { "turn '\(RuleSupport.short($0.value))'" } ?? "this turn"
            let earlier = testCase.turns[first].id.map { "turn '\(RuleSupport.short($0.value))'" } ?? "turn \(first + 1)"
            sink.report(Self.description, at: user, "\(name) has the same user message as \(earlier): SysBench keys turns by their user message, so export cannot write this case; reword one of them")
        }
    }

    /// Distinct messages compared one by one before a case's turns go into a table.
    private static let scanLimit = 16
}
