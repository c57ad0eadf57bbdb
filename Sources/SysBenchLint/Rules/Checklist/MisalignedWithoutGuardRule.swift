public import SysBenchCore

/// A misaligned request pulls against the system message; the checklist must say how
/// the model should hold its ground (refuse, keep the facts, keep the persona). All
/// 549 misaligned SysBench turns have such an item.
public struct MisalignedWithoutGuardRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "misaligned-without-guard",
        severity: .error,
        summary: "A misaligned turn has no action, background or role checklist item",
        triggering: [
            Example("""
                turns:
                  - id: t1
                    alignment: ↓misaligned
                    checklist:
                      - type: content
                        text: Talks about Wuhan
                      - type: style
                        text: Stays polite
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("""
                turns:
                  - id: t1
                    alignment: misaligned
                    checklist:
                      - type: role
                        text: Stays a Wuhan guide
                  - id: t2
                    alignment: aligned
                    checklist:
                      - type: content
                        text: Talks about Wuhan
                """),
        ]
    )

    static let guards: Set<ConstraintType> = [.action, .background, .role]

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        for turn in testCase.turns where turn.typedAlignment == .misaligned {
            guard let alignment = turn.alignment, !turn.checklist.isEmpty,
                  !turn.checklist.contains(where: { $0.typedType.map(Self.guards.contains) ?? false })
            else { continue }
            let name = turn.id.map { "turn '\($0.value)'" } ?? "this turn"
            sink.report(Self.description, at: alignment, "\(name) is misaligned but no checklist item has type action, background or role: say how the model should hold to the system message")
        }
    }
}
