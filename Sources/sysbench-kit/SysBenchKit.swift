import ArgumentParser
import Foundation
import SysBenchCore

/// The `sysbench-kit` command: parses flags and hands the work to the libraries.
@main
struct SysBenchKit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sysbench-kit",
        abstract: "Author, lint, build and score SysBench-style system-message benchmarks.",
        version: ToolVersion.current,
        subcommands: [
            LintCommand.self, BuildCommand.self, ImportCommand.self, ExportCommand.self, StatsCommand.self,
            NewCommand.self, RunCommand.self, ScoreCommand.self, ReportCommand.self, CalibrateCommand.self,
        ]
    )

    /// Runs the command, with usage errors exiting 2 ("could not run") as the command
    /// line contract says, instead of ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    var line = text
    if !line.hasSuffix("\n") { line += "\n" }
    FileHandle.standardError.write(Data(line.utf8))
}
