public import SysBenchCore

/// In a dependent case the later turns build on earlier answers; saying which ones lets
/// tools replay the right history and reviewers check the turn makes sense. When no
/// later turn declares a dependency, the `mode` line is the likely slip, so it is
/// reported once there instead of at each turn.
public struct DependentTurnWithoutDependencyRule: CaseRule {
    /// The rule's id, severity, summary and examples.
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
                    depends_on: [t1]
                  - id: t4
                    depends_on: ↓[]
                """),
            Example("""
                mode: ↓dependent
                turns:
                  - id: t1
                  - id: t2
                  - id: t3
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    depends_on: [t1]\n"),
            Example("mode: dependent\nturns:\n  - id: t1\n"),
            // A misspelt depends_on is reported once, as schema-unknown-field.
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    dependson: [t1]\n  - id: t3\n    depends_on: [t2]\n"),
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    depends-on: [t1]\n  - id: t3\n    depend_on: [t2]\n"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard testCase.typedMode == .dependent, let mode = testCase.mode else { return }
        // A depends_on of the wrong kind is the schema rules' finding, not a missing one.
        // Nor is a misspelt one: the unknown key is the finding.
        let missing = testCase.turns.dropFirst().filter { turn in
            (turn.dependsOn?.isEmpty ?? true) && (turn.dependsOnNode == nil || turn.dependsOnNode?.sequence != nil)
                && (turn.dependsOnNode != nil
                    || SchemaChecker.misspelling(of: "depends_on", in: turn.node, schema: CaseSchema.turn) == nil)
        }
        guard !missing.isEmpty else { return }
        if missing.count == testCase.turns.count - 1, missing.count > 1 {
            sink.report(Self.description, at: mode, "mode is dependent but no turn after the first declares depends_on: name the earlier turns each builds on, or set mode: parallel")
            return
        }
        for turn in missing {
            let name = turn.id.map { "turn '\($0.value)'" } ?? "this turn"
            sink.report(Self.description, at: turn.dependsOnNode?.start ?? turn.node.start,
                        "\(name) of a dependent case declares no depends_on: name the earlier turns it builds on")
        }
    }
}
