import ArgumentParser
import SysBenchLint

/// `sysbench-kit lint`: checks case files and dataset folders against the format's rules.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check case files and dataset folders against the format's rules.",
        discussion: """
            Each dataset's dataset.yaml is checked by the same rules, and reported first; \
            without one the SysBench defaults apply (22 domains, any turn count). With \
            --format json the output is always one JSON object: {"diagnostics":[…], \
            "summary":{…}}, plus "error":{"message":…} when lint could not run.
            """
    )

    @Argument(help: "Case files or dataset folders, searched recursively for *.yaml and *.yml (default: dataset).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Output format (github: workflow annotations).", valueName: CommandHelp.choices(ReportFormat.self)))
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
        var soFar = LintSummary()
        do {
            summary = try Linter.run(paths: paths.isEmpty ? ["dataset"] : paths) { file in
                soFar.add(file)
                print(reporter.report(file), terminator: "")
            }
        } catch {
            // JSON output stays one valid object: what was found so far, and the error.
            if let json = reporter as? JSONReporter {
                let message = Terminal.errors(of: error).map(\.description).joined(separator: "\n")
                print(json.end(soFar, error: message), terminator: "")
            }
            throw Terminal.fail(error)
        }
        print(reporter.end(summary), terminator: "")
        if summary.fails(strict: strict) { throw ExitCode(1) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
