public import SysBenchCore

/// In a parallel case every turn stands alone; a dependency means the mode is wrong.
public struct DependsOnParallelRule: CaseRule {
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
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("mode: parallel\nturns:\n  - id: t1\n    depends_on: []\n"),
            Example("mode: dependent\nturns:\n  - id: t1\n  - id: t2\n    depends_on: [t1]\n"),
        ]
    )

    public init() {}

    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard testCase.typedMode == .parallel else { return }
        for turn in testCase.turns {
            guard let node = turn.dependsOnNode, let list = turn.dependsOn, !list.isEmpty else { continue }
            let name = turn.id.map { "turn '\($0.value)'" } ?? "this turn"
            sink.report(Self.description, at: node.start, "\(name) declares depends_on in a parallel case: remove it, or set mode: dependent")
        }
    }
}
