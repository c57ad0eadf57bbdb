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
            // A type written as SysBench's label, misspelt, or under a misspelt key is
            // reported by its own rule; the item still guards the turn.
            Example("""
                turns:
                  - id: t1
                    alignment: misaligned
                    checklist:
                      - type: 动作约束
                        text: Declines Beijing
                  - id: t2
                    alignment: misaligned
                    checklist:
                      - type: Roel
                        text: Stays a Wuhan guide
                  - id: t3
                    alignment: misaligned
                    checklist:
                      - tpye: background
                        text: Keeps to the facts of the system message
                """),
            // Whether a turn is guarded waits until its unknown types are fixed.
            Example("""
                turns:
                  - id: t1
                    alignment: misaligned
                    checklist:
                      - type: content
                        text: Talks about Wuhan
                      - type: zzz
                        text: Declines Beijing
                """),
        ]
    )

    static let guards: Set<ConstraintType> = [.action, .background, .role]

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        for turn in testCase.turns where turn.typedAlignment == .misaligned {
            guard let alignment = turn.alignment, !turn.checklist.isEmpty else { continue }
            let types = turn.checklist.map(Self.intendedType)
            // An item whose type cannot be told is another rule's finding; whether the
            // turn is guarded is only known once it is fixed.
            guard !types.contains(nil), !types.contains(where: { $0.map(Self.guards.contains) ?? false })
            else { continue }
            let name = turn.id.map { "turn '\($0.value)'" } ?? "this turn"
            sink.report(Self.description, at: alignment, "\(name) is misaligned but no checklist item has type action, background or role: say how the model should hold to the system message")
        }
    }

    /// The type the author meant: the type id, SysBench's zh label, the nearest type id
    /// to a misspelt one, read under `type` or under a misspelling of the key; nil when
    /// none of these tells.
    static func intendedType(_ item: ChecklistItem) -> ConstraintType? {
        guard let value = item.type?.value
                ?? SchemaChecker.misspelling(of: "type", in: item.node, schema: CaseSchema.checklistItem)?.value.scalar?.text
        else { return nil }
        if let known = ConstraintType(label: value) { return known }
        return NearestName.find(value, among: ConstraintType.allCases.map(\.rawValue)).flatMap(ConstraintType.init(rawValue:))
    }
}
