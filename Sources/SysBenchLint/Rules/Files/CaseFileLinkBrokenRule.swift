public import SysBenchCore
import YAMLSource

/// A symbolic link in a dataset named like a case file but leading to no file (its
/// target was moved, renamed or never checked out) is not a case; the locator finds it
/// and this rule says so, since the case it stood for is missing from the dataset.
public struct CaseFileLinkBrokenRule: Rule {
    /// The rule's id, severity, summary and examples. In an example, a file made with
    /// `Example.File(link:to:)` is a symbolic link; `↓` alone marks the warning.
    public static let description = RuleDescription(
        id: "case-file-link-broken",
        severity: .warning,
        summary: "A symbolic link named like a case file leads to no file, so no case is read from it",
        triggering: [
            Example(files: [
                Example.File(name: "example.yaml", text: Fixture.validCase),
                Example.File(link: "moved.yaml", to: "elsewhere/moved.yaml", text: "↓"),
            ]),
            Example(files: [
                Example.File(link: "loop.yml", to: "loop.yml", text: "↓"),
            ]),
        ],
        nonTriggering: [
            Example(files: [
                Example.File(name: "example.yaml", text: Fixture.validCase),
                Example.File(link: "alias.yaml", to: "example.yaml", text: ""),
                Example.File(link: "notes.txt", to: "missing.txt", text: ""),
            ]),
        ]
    )

    /// The finding for `link`, as the file it stands in for.
    public static func lintedFile(for link: BrokenLink) -> LintedFile {
        var sink = DiagnosticSink(file: link.path)
        let target = link.target.isEmpty ? "its target" : "'\(link.target)'"
        sink.report(description, at: Mark.start,
                    "symbolic link to \(target), which \(link.problem): no case is read from it; fix the link or remove it")
        return LintedFile(path: link.path, source: [], diagnostics: sink.diagnostics, isCase: false)
    }
}
