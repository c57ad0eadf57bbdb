import ArgumentParser
import SysBenchLint

/// `sysbench-kit lint`: checks case files and dataset folders against the format's rules.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check case files and dataset folders against the format's rules.",
        discussion: "Exit status: 0 no errors (warnings allowed unless --strict), 1 problems found, 2 could not run."
    )

    @Argument(help: "Case files or dataset folders, searched recursively for *.yaml and *.yml (default: dataset).")
    var paths: [String] = []

    @Option(help: "Output format: text, json or github (workflow annotations).")
    var format: ReportFormat = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "List every rule's id, severity and summary instead of linting.")
    var listRules = false

    func run() throws {
        if listRules {
            let rules = RuleRegistry.all
            print(format == .json ? RuleListReporter.json(rules) : RuleListReporter.text(rules), terminator: "")
            return
        }
        var reporter = format.makeReporter()
        print(reporter.begin(), terminator: "")
        let summary: LintSummary
        do {
            summary = try Linter.run(paths: paths.isEmpty ? ["dataset"] : paths) { file in
                print(reporter.report(file), terminator: "")
            }
        } catch {
            throw Terminal.fail(error)
        }
        print(reporter.end(summary), terminator: "")
        if summary.fails(strict: strict) { throw ExitCode(1) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
