import SysBenchCore
import SysBenchLint
import Testing

@Suite struct LintBytesTests {
    @Test func lintsBytesAsTheNamedFileOfTheDataset() {
        let config = DatasetConfig(domains: [Domain(id: "travel", zhLabel: "旅游")])
        let clean = Linter.lint(Array(caseText("wuhan-guide").utf8), as: "cases/wuhan-guide.yaml", config: config)
        #expect(clean.isCase)
        #expect(clean.path == "cases/wuhan-guide.yaml")
        #expect(clean.diagnostics.map(\.rule) == [])

        // The path gives the file name the id must match; the config gives the domains.
        let renamed = Linter.lint(Array(caseText("wuhan-guide", domain: "cuisine").utf8), as: "cases/other.yaml", config: config)
        #expect(renamed.diagnostics.map(\.rule).sorted() == ["case-id-file-name", "domain-unknown"])
    }

    @Test func reportsBytesThatAreNotACase() {
        let file = Linter.lint([0xFF, 0xFE, 0x00], as: "cases/x.yaml", config: .sysbenchDefault)
        #expect(!file.isCase)
        #expect(file.diagnostics.count == 1)
    }
}
