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
            InitCommand.self, LintCommand.self, BuildCommand.self, ImportCommand.self, ExportCommand.self, StatsCommand.self,
            NewCommand.self, RunCommand.self, ScoreCommand.self, ReportCommand.self, CalibrateCommand.self,
        ]
    )

    /// Runs the command, with usage errors exiting 2 ("could not run") as the command
    /// line contract says, instead of ArgumentParser's 64.
    static func main() async {
        if let code = answerHelp(Array(CommandLine.arguments.dropFirst())) {
            Foundation.exit(code)
        }
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

extension SysBenchKit {
    /// Answers `help COMMAND` and `COMMAND --help` with the command's help, its examples
    /// and exit codes (`CommandHelp`); `help` with an unknown command is a usage error
    /// (2) naming it. Returns nil for everything else, which ArgumentParser handles.
    static func answerHelp(_ arguments: [String]) -> Int32? {
        let commands = configuration.subcommands
        func command(named name: String) -> ParsableCommand.Type? {
            commands.first { $0.configuration.commandName == name }
        }
        let name: String
        if arguments.first == "help" {
            guard arguments.count > 1 else { return nil }
            name = arguments[1]
            guard command(named: name) != nil else {
                let known = commands.compactMap { $0.configuration.commandName }.joined(separator: ", ")
                printError("error: unknown command '\(name)'; the commands are \(known)")
                return 2
            }
        } else if let first = arguments.first, command(named: first) != nil,
                  arguments.contains(where: { $0 == "--help" || $0 == "-h" }) {
            name = first
        } else {
            return nil
        }
        guard var type = command(named: name) else { return nil }
        // Nested commands (`help calibrate sample`, `calibrate agree --help`): follow the
        // words after the command while they name its subcommands.
        var path = [name]
        var rest = arguments.drop { $0 != name }.dropFirst()
        while let word = rest.first,
              let sub = type.configuration.subcommands.first(where: { $0.configuration.commandName == word }) {
            type = sub
            path.append(word)
            rest = rest.dropFirst()
        }
        var text = helpMessage(for: type)
        if !text.hasSuffix("\n") { text += "\n" }
        print(text + "\n" + CommandHelp.epilogue(for: path.joined(separator: " ")), terminator: "")
        return 0
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    var line = text
    if !line.hasSuffix("\n") { line += "\n" }
    FileHandle.standardError.write(Data(line.utf8))
}
