public import SysBenchCore

/// An item usually checks its constraint's kind of requirement; a different type is
/// often a slip, though sometimes a deliberate choice, hence a warning.
public struct ChecklistConstraintTypeMismatchRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "checklist-constraint-type-mismatch",
        severity: .warning,
        summary: "A checklist item's type differs from the type of the constraint it links to",
        triggering: [
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
                      - type: ↓style
                        text: Answers in one sentence
                        constraint: C1
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        var types: [String: ConstraintType] = [:]
        for constraint in testCase.system?.constraints ?? [] {
            if let id = constraint.id?.value, types[id] == nil, let type = constraint.typedType { types[id] = type }
        }
        for turn in testCase.turns {
            for item in turn.checklist {
                guard let link = item.constraint, let expected = types[link.value],
                      let type = item.type, let actual = item.typedType, actual != expected else { continue }
                sink.report(Self.description, at: type, "checklist item has type '\(actual.rawValue)' but its constraint '\(link.value)' has type '\(expected.rawValue)'")
            }
        }
    }
}
