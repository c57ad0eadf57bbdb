import SysBenchCore
import SysBenchLint
import Testing

/// dataset.yaml is checked by the rules a case is checked by (issue 13, item 5), and
/// every problem is reported at once (item 4).
@Suite struct DatasetConfigCheckerTests {
    private func findings(_ text: String) -> [String] {
        DatasetConfigChecker.check(bytes: Array(text.utf8), path: "dataset.yaml").file.diagnostics
            .map { "\($0.line):\($0.column) \($0.severity.rawValue) \($0.rule)" }
    }

    @Test func unknownLanguageIsLanguageUnknownAsInACase() {
        #expect(findings("name: d\nversion: '1'\nlanguage: fr\ndomains:\n  x: {zh: X}\n") == ["3:11 error language-unknown"])
        #expect(findings("name: d\nversion: '1'\nlanguage: zh\ndomains:\n  x: {zh: X}\n") == [])
    }

    @Test func everyProblemAtOnce() {
        let checked = DatasetConfigChecker.check(
            bytes: Array("name: ''\nlanguage: english\nturns_per_case: five\ndomains:\n  x: {}\n".utf8), path: "dataset.yaml")
        #expect(checked.hasErrors)
        #expect(checked.file.diagnostics.map { "\($0.line):\($0.column) \($0.rule)" } == [
            "1:1 schema-missing-field", "1:7 schema-empty-text", "2:11 language-unknown",
            "3:17 schema-wrong-kind", "5:6 schema-missing-field",
        ])
    }

    @Test func invalidYAMLIsAFindingNotAFailure() {
        let checked = DatasetConfigChecker.check(bytes: Array("name: [\n".utf8), path: "dataset.yaml")
        #expect(checked.loaded == nil)
        #expect(checked.file.diagnostics.map(\.rule) == ["yaml-syntax"])
    }
}
