import SysBenchCore
@testable import SysBenchLint
import Testing
import YAMLSource

/// Every registered rule's examples are its tests: a triggering example makes the rule
/// fire at exactly its `↓` markers, a non-triggering one does not make it fire.
@Suite struct RuleExamplesTests {
    static let rules = RuleRegistry.all

    @Test(arguments: rules.map(\.id))
    func examplesBehaveAsDescribed(id: String) throws {
        let rule = try #require(Self.rules.first { $0.id == id })
        #expect(!rule.triggering.isEmpty, "\(id) has no triggering example")
        #expect(!rule.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        for (index, example) in rule.triggering.enumerated() {
            let (diagnostics, spots) = try ExampleRunner.run(example)
            let fired = diagnostics.filter { $0.rule == id }
            let firedSpots = fired.map { ExampleRunner.Spot(file: $0.file, line: $0.line, column: $0.column) }
            #expect(!spots.isEmpty, "triggering example \(index + 1) of \(id) has no ↓ marker")
            #expect(Set(firedSpots) == Set(spots) && firedSpots.count == spots.count,
                    "triggering example \(index + 1) of \(id): expected at \(spots), fired at \(firedSpots): \(fired.map(\.message)); all: \(diagnostics.map { "\($0.line):\($0.column) \($0.rule)" })")
            #expect(fired.allSatisfy { $0.severity == rule.severity })
        }
        for (index, example) in rule.nonTriggering.enumerated() {
            let (diagnostics, spots) = try ExampleRunner.run(example)
            let fired = diagnostics.filter { $0.rule == id }
            #expect(spots.isEmpty, "non-triggering example \(index + 1) of \(id) has a ↓ marker")
            #expect(fired.isEmpty, "non-triggering example \(index + 1) of \(id) fired: \(fired.map { "\($0.line):\($0.column) \($0.message)" })")
        }
    }

    @Test func idsAreUniqueKebabCaseAndGroupedByArea() {
        let ids = Self.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id) is not kebab-case")
            #expect(!id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--"), "\(id) is not kebab-case")
        }
    }

    @Test func everyLoaderAndSchemaProblemKindHasItsRule() {
        for kind in YAMLError.Kind.allCases {
            #expect(RuleRegistry.yamlRuleByKind[kind] != nil, "no rule for YAML problem \(kind)")
        }
        for kind in [SchemaProblem.Kind.missingField, .unknownField, .wrongKind, .emptyText] {
            #expect(RuleRegistry.schemaRuleByKind[kind] != nil, "no rule for schema problem \(kind)")
        }
    }

    @Test func theSharedValidCaseIsClean() throws {
        let (diagnostics, _) = try ExampleRunner.run(Example(Fixture.validCase))
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.line):\($0.column) \($0.rule) \($0.message)" })")
    }

    @Test func summariesAreOneLineWithoutFinalPeriod() {
        for rule in Self.rules {
            #expect(!rule.summary.contains("\n") && !rule.summary.hasSuffix("."), "\(rule.id)")
        }
    }
}
