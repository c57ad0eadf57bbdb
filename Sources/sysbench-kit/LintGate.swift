import SysBenchCore
import SysBenchLint
import YAMLSource

/// Runs the linter inside `build`, on each case as the build reads it, printing the
/// findings to standard error as `lint` would. Errors make the build refuse.
struct LintGate: CaseValidator {
    private var linter: DatasetLinter?
    private var reporter = TextReporter()
    private var summary = LintSummary()

    mutating func inspector(config: DatasetConfig) -> Inspector {
        let linter = DatasetLinter(config: config)
        self.linter = linter
        return Inspector(checker: linter.checker)
    }

    mutating func check(path: String, findings: CheckedFile) -> Int {
        // Optional chaining mutates in place; a local copy would copy the cross-file state.
        guard let file = linter?.finish(findings) else { return 0 }
        summary.add(file)
        let text = reporter.report(file)
        if !text.isEmpty { printError(text) }
        return file.diagnostics.filter { $0.severity == .error }.count
    }

    /// Warns of each link named like a case file that leads to no file, as `lint` does.
    mutating func skipped(_ links: [BrokenLink]) -> Int {
        for link in links {
            let file = CaseFileLinkBrokenRule.lintedFile(for: link)
            summary.add(file)
            let text = reporter.report(file)
            if !text.isEmpty { printError(text) }
        }
        return 0
    }

    mutating func finish() -> Int {
        if summary.errors + summary.warnings > 0 {
            printError("lint: " + summary.sentence)
        }
        return 0
    }

    /// The per-file checks, on the build's worker threads. The build has parsed and
    /// decoded the file already; the linter reuses its tree and case.
    struct Inspector: CaseInspector {
        let checker: CaseChecker

        func inspect(path: String, bytes: [UInt8], loaded: Result<Node, YAMLLoadError>, decoded: Case?) -> CheckedFile {
            checker.check(file: path, bytes: bytes, loaded: loaded, decoded: decoded)
        }
    }
}
