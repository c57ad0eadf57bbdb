import ArgumentParser

/// The `sysbench-kit` command: parses flags and hands the work to the libraries.
@main
struct SysBenchKit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sysbench-kit",
        abstract: "Author, lint, build and score SysBench-style system-message benchmarks.",
        version: "0.1.0",
        subcommands: [RunCommand.self]
    )
}
