public import SysBenchCore

/// A turn can only build on what the model has already answered.
public struct DependsOnTargetRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "depends-on-target",
        severity: .error,
        summary: "depends_on names a turn that does not exist, comes later, or is the turn itself",
        triggering: [
            Example("""
                mode: dependent
                turns:
                  - id: t1
                  - id: t2
                    depends_on: [↓t9, ↓t2]
                  - id: t3
                    depends_on: [t1, ↓t4]
                  - id: t4
                    depends_on: [t3]
                """),
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    depends_on: [↓t3, t3]\n  - id: t3\n"),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    depends_on: [t1]\n  - id: t3\n    depends_on: [t1, t2]\n"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        // Most cases name no dependencies: they need no table of positions.
        guard testCase.turns.contains(where: { !($0.dependsOn?.isEmpty ?? true) }) else { return }
        var position = [String: Int](minimumCapacity: testCase.turns.count)
        for (index, turn) in testCase.turns.enumerated() {
            if let id = turn.id?.value, position[id] == nil { position[id] = index }
        }
        for (index, turn) in testCase.turns.enumerated() {
            guard let targets = turn.dependsOn, !targets.isEmpty else { continue }
            // Built only for a message: most turns give none.
            func name() -> String { turn.id.map { "turn '\($0.value)'" } ?? "this turn" }
            // A repeat is depends-on-repeated's finding: each id is judged once.
            var seen: Set<String> = []
            for target in targets where targets.count == 1 || seen.insert(target.value).inserted {
                let id = target.value
                let message: String
                if id == turn.id?.value {
                    message = "\(name()) depends on itself: name earlier turns only"
                } else if let targetIndex = position[id] {
                    guard targetIndex > index else { continue }
                    message = "\(name()) depends on '\(id)', which comes later: name earlier turns only"
                } else {
                    let known = testCase.turns.compactMap { $0.id?.value }
                    message = "\(name()) depends on '\(RuleSupport.short(id))', which is not a turn of this case"
                        + (NearestName.find(id, among: known).map { "; did you mean '\($0)'?" } ?? "")
                }
                sink.report(Self.description, at: target, message)
            }
        }
    }
}
