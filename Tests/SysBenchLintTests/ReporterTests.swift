import SysBenchCore
@testable import SysBenchLint
import Testing

/// Two files' worth of findings and a summary, rendered whole by each reporter.
private let files = [
    LintedFile(path: "cases/a.yaml", source: Array("id: A\nscene: \"\"\n".utf8), diagnostics: [
        Diagnostic(file: "cases/a.yaml", line: 1, column: 5, severity: .error, rule: "case-id-slug",
                   message: "case id 'A' is not a slug"),
        Diagnostic(file: "cases/a.yaml", line: 2, column: 8, severity: .warning, rule: "scene-missing",
                   message: "scene is empty: describe the situation, in a few words"),
    ], isCase: true),
    LintedFile(path: "cases/b.yaml", source: [], diagnostics: [], isCase: true),
]

private func render(_ reporter: some Reporter) -> String {
    var reporter = reporter
    var summary = LintSummary()
    var out = reporter.begin()
    for file in files {
        summary.add(file)
        out += reporter.report(file)
    }
    return out + reporter.end(summary)
}

@Suite struct ReporterTests {
    @Test func text() {
        #expect(render(TextReporter()) == """
            cases/a.yaml:1:5: error: case id 'A' is not a slug [case-id-slug]
            id: A
                ^
            cases/a.yaml:2:8: warning: scene is empty: describe the situation, in a few words [scene-missing]
            scene: ""
                   ^
            1 error, 1 warning in 2 files (2 cases)

            """)
    }

    @Test func json() {
        #expect(render(JSONReporter()) == """
            {"diagnostics":[{"file":"cases/a.yaml","line":1,"column":5,"severity":"error","rule":"case-id-slug","message":"case id 'A' is not a slug"},\
            {"file":"cases/a.yaml","line":2,"column":8,"severity":"warning","rule":"scene-missing","message":"scene is empty: describe the situation, in a few words"}],\
            "summary":{"files":2,"cases":2,"errors":1,"warnings":1}}

            """)
    }

    @Test func jsonWhenClean() {
        var reporter = JSONReporter()
        let out = reporter.begin() + reporter.report(files[1]) + reporter.end(LintSummary(files: 1, cases: 1, errors: 0, warnings: 0))
        #expect(out == "{\"diagnostics\":[],\"summary\":{\"files\":1,\"cases\":1,\"errors\":0,\"warnings\":0}}\n")
    }

    @Test func github() {
        #expect(render(GitHubReporter()) == """
            ::error file=cases/a.yaml,line=1,col=5,title=case-id-slug::case id 'A' is not a slug
            ::warning file=cases/a.yaml,line=2,col=8,title=scene-missing::scene is empty: describe the situation, in a few words
            1 error, 1 warning in 2 files (2 cases)

            """)
    }

    @Test func githubEscaping() {
        #expect(GitHubReporter.data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b")
        #expect(GitHubReporter.property("C:\\x,y%.yaml") == "C%3A\\x%2Cy%25.yaml")
    }

    @Test func summarySentences() {
        #expect(LintSummary(files: 1, cases: 0, errors: 0, warnings: 0).sentence == "no problems in 1 file (0 cases)")
        #expect(LintSummary(files: 14, cases: 14, errors: 2, warnings: 1).sentence == "2 errors, 1 warning in 14 files (14 cases)")
    }

    @Test func strictFailsOnWarnings() {
        let warningsOnly = LintSummary(files: 1, cases: 1, errors: 0, warnings: 1)
        #expect(!warningsOnly.fails(strict: false))
        #expect(warningsOnly.fails(strict: true))
        #expect(LintSummary(files: 1, cases: 1, errors: 1, warnings: 0).fails(strict: false))
    }

    /// A broken link has no source line: the text format gives the finding alone,
    /// without an empty line and a caret under nothing.
    @Test func brokenLinkIsOneLine() {
        let link = BrokenLink(path: "dataset/cases/gone.yaml", target: "../old/gone.yaml", problem: "does not exist")
        #expect(TextReporter().report(CaseFileLinkBrokenRule.lintedFile(for: link)) == """
            dataset/cases/gone.yaml:1:1: warning: symbolic link to '../old/gone.yaml', which does not exist: no case is read from it; fix the link or remove it [case-file-link-broken]

            """)
    }

    @Test func ruleList() {
        let rules = [
            RuleDescription(id: "a-rule", severity: .error, summary: "First", triggering: [], nonTriggering: []),
            RuleDescription(id: "longer-rule", severity: .warning, summary: "Second \"quoted\"", triggering: [], nonTriggering: []),
        ]
        #expect(RuleListReporter.text(rules) == """
            a-rule       error    First
            longer-rule  warning  Second "quoted"

            """)
        #expect(RuleListReporter.json(rules) == """
            {"rules":[{"id":"a-rule","severity":"error","summary":"First"},{"id":"longer-rule","severity":"warning","summary":"Second \\"quoted\\""}]}

            """)
    }
}
