public import SysBenchCore

/// In a dependent case the later turns build on earlier answers; saying which ones lets
/// tools replay the right history and reviewers check the turn makes sense.
public struct DependentTurnWithoutDependencyRule: CaseRule {
    public static let description = RuleDescription(
        id: "dependent-turn-without-dependency",
        severity: .error,
        summary: "A turn after the first in a dependent case declares no depends_on",
        triggering: [
            Example("""
                mode: dependent
                turns:
                  - id: t1
                  - ↓id: t2
                  - id: t3
                    depends_on: ↓[]
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    depends_on: [t1]\n"),
        ]
    )

    public init() {}

    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard testCase.typedMode == .dependent else { return }
        for turn in testCase.turns.dropFirst() where turn.dependsOn?.isEmpty ?? true {
            guard turn.dependsOnNode?.sequence != nil || turn.dependsOnNode == nil else { continue }
            let name = turn.id.map { "turn '\($0.value)'" } ?? "this turn"
            sink.report(Self.description, at: turn.dependsOnNode?.start ?? turn.node.start,
                        "\(name) of a dependent case declares no depends_on: name the earlier turns it builds on")
        }
    }
}
