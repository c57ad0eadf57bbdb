import ArgumentParser
import SysBenchLint

extension LintGate {
    /// Lints a whole dataset folder before a command that reads it without building
    /// (`export`): findings go to standard error as in `build`, including
    /// `dataset.yaml`'s and the broken case-file links; errors exit 1 with `refusal`.
    static func lint(folder: String, refusal: String) throws {
        let reporter = TextReporter()
        let summary: LintSummary
        do {
            summary = try Linter.run(paths: [folder]) { file in
                let text = reporter.report(file)
                if !text.isEmpty { printError(text) }
            }
        } catch {
            throw Terminal.fail(error)
        }
        if summary.errors + summary.warnings > 0 { printError("lint: " + summary.sentence) }
        if summary.errors > 0 {
            printError("error: \(summary.errors) lint error\(summary.errors == 1 ? "" : "s"); \(refusal)")
            throw ExitCode(1)
        }
    }
}
