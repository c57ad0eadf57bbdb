public import KitSupport
public import SysBenchCore
public import YAMLSource

/// The adapter that plugs the linter into `build`: it lints each case as the build
/// reads it and hands the findings, in `lint`'s text format, to `report` (the CLI
/// prints them to standard error). Errors make the build refuse.
public struct LintGate: CaseValidator {
    private var linter: DatasetLinter?
    private var reporter = TextReporter()
    private var summary = LintSummary()
    private let report: (String) -> Void

    /// A gate that passes each non-empty block of findings, and the closing summary
    /// line, to `report`.
    public init(report: @escaping (String) -> Void) {
        self.report = report
    }

    /// Starts a linter for the dataset described by `config`, whose files come in the
    /// order of `files`.
    public mutating func inspector(config: DatasetConfig, files: PathList) -> Inspector {
        let linter = DatasetLinter(config: config, files: files)
        self.linter = linter
        return Inspector(checker: linter.checker)
    }

    /// Finishes linting one file; returns its error count.
    public mutating func check(path: String, findings: CheckedFile) -> Int {
        // Optional chaining mutates in place; a local copy would copy the cross-file state.
        guard let file = linter?.finish(findings) else { return 0 }
        summary.add(file)
        let text = reporter.report(file)
        if !text.isEmpty { report(text) }
        return file.diagnostics.filter { $0.severity == .error }.count
    }

    /// Warns of each link named like a case file that leads to no file, as `lint` does.
    public mutating func skipped(_ links: [BrokenLink]) -> Int {
        for link in links {
            let file = CaseFileLinkBrokenRule.lintedFile(for: link)
            summary.add(file)
            let text = reporter.report(file)
            if !text.isEmpty { report(text) }
        }
        return 0
    }

    /// Reports the summary line; the cross-file errors were counted per file.
    public mutating func finish() -> Int {
        if summary.errors + summary.warnings > 0 {
            report("lint: " + summary.sentence)
        }
        return 0
    }

    /// The per-file checks, on the build's worker threads. The build has parsed and
    /// decoded the file already; the linter reuses its tree and case.
    public struct Inspector: CaseInspector {
        let checker: CaseChecker

        /// Checks one file with the tree and case the build already has.
        public func inspect(path: String, bytes: [UInt8], loaded: Result<Node, YAMLLoadError>, decoded: Case?) -> CheckedFile {
            checker.check(file: path, bytes: bytes, loaded: loaded, decoded: decoded)
        }
    }
}
