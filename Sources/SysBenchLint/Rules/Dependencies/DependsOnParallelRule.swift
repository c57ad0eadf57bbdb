public import SysBenchCore

/// In a parallel case every turn stands alone; a dependency means the mode is wrong.
/// When every later turn declares one, the case reads as dependent and the `mode` line
/// is the likely slip, so it is reported once there instead of at each turn.
public struct DependsOnParallelRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "depends-on-parallel",
        severity: .error,
        summary: "A turn of a parallel case declares depends_on",
        triggering: [
            Example("""
                mode: parallel
                turns:
                  - id: t1
                  - id: t2
                    depends_on: ↓[t1]
                  - id: t3
                """),
            Example("""
                mode: ↓parallel
                turns:
                  - id: t1
                  - id: t2
                    depends_on: [t1]
                  - id: t3
                    depends_on: [t2]
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("mode: parallel\nturns:\n  - id: t1\n    depends_on: []\n"),
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    depends_on: [t1]\n"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard testCase.typedMode == .parallel, let mode = testCase.mode else { return }
        let declaring = testCase.turns.filter { !($0.dependsOn ?? []).isEmpty }
        guard !declaring.isEmpty else { return }
        let later = testCase.turns.dropFirst()
        if later.count > 1, later.allSatisfy({ !($0.dependsOn ?? []).isEmpty }) {
            sink.report(Self.description, at: mode, "mode is parallel but every turn after the first declares depends_on: set mode: dependent, or remove the dependencies")
            return
        }
        for turn in declaring {
            guard let node = turn.dependsOnNode else { continue }
            let name = turn.id.map { "turn '\($0.value)'" } ?? "this turn"
            sink.report(Self.description, at: node.start, "\(name) declares depends_on in a parallel case: remove it, or set mode: dependent")
        }
    }
}
