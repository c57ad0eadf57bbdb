public import SysBenchCore

/// An annotated constraint that nothing checks is either untested or a stale annotation.
public struct ConstraintUnlinkedRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "constraint-unlinked",
        severity: .warning,
        summary: "An annotated system constraint is linked by no checklist item",
        triggering: [
            Example("""
                system:
                  text: Be brief. Be kind.
                  constraints:
                    - id: C1
                      type: format
                      quote: Be brief.
                    - id: ↓C2
                      type: style
                      quote: Be kind.
                turns:
                  - id: t1
                    checklist:
                      - type: format
                        text: Answers in one sentence
                        constraint: C1
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            // A link under a misspelt key is reported once, as schema-unknown-field.
            Example("""
                system:
                  text: Be brief.
                  constraints:
                    - id: C1
                      type: format
                      quote: Be brief.
                turns:
                  - id: t1
                    checklist:
                      - type: format
                        text: Answers in one sentence
                        constrain: C1
                """),
            Example("system:\n  text: Be brief.\nturns:\n  - id: t1\n    checklist:\n      - type: format\n        text: Is short\n"),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let constraints = testCase.system?.constraints, !constraints.isEmpty else { return }
        var linked: Set<String> = []
        for turn in testCase.turns {
            for item in turn.checklist {
                if let link = item.constraint?.value
                    ?? SchemaChecker.misspelling(of: "constraint", in: item.node, schema: CaseSchema.checklistItem)?.value.scalar?.text {
                    linked.insert(link)
                }
            }
        }
        for constraint in constraints {
            guard let id = constraint.id, !id.value.isEmpty, !linked.contains(id.value) else { continue }
            sink.report(Self.description, at: id, "constraint '\(RuleSupport.short(id.value))' is linked by no checklist item: add an item with constraint: \(id.value), or drop the annotation")
        }
    }
}
