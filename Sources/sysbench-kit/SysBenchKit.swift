import ArgumentParser
import SysBenchCore

/// The `sysbench-kit` command: parses flags and hands the work to the libraries.
@main
struct SysBenchKit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sysbench-kit",
        abstract: "Author, lint, build and score SysBench-style system-message benchmarks.",
        version: ToolVersion.current,
        subcommands: [BuildCommand.self, ImportCommand.self, ExportCommand.self]
    )
}
