import SysBenchCore
import SysBenchLint
import YAMLSource

/// Runs the linter inside `build`, on each case as the build reads it, printing the
/// findings to standard error as `lint` would. Errors make the build refuse.
struct LintGate: CaseValidator {
    private var linter: DatasetLinter?
    private var reporter = TextReporter()
    private var summary = LintSummary()

    mutating func check(path: String, bytes: [UInt8], root: Node?, loadError: YAMLLoadError?, config: DatasetConfig) -> Int {
        if linter == nil { linter = DatasetLinter(config: config) }
        // Optional chaining mutates in place; a local copy would copy the cross-file state.
        let loaded: Result<Node, YAMLLoadError>
        if let root {
            loaded = .success(root)
        } else {
            loaded = .failure(loadError ?? YAMLLoadError([]))
        }
        // The build has parsed the file already; the linter reuses its tree.
        guard let file = linter?.lint(file: path, bytes: bytes, loaded: loaded) else { return 0 }
        summary.add(file)
        let text = reporter.report(file)
        if !text.isEmpty { printError(text) }
        return file.diagnostics.filter { $0.severity == .error }.count
    }

    mutating func finish(config: DatasetConfig) -> Int {
        if summary.errors + summary.warnings > 0 {
            printError("lint: " + summary.sentence)
        }
        return 0
    }
}
