import ArgumentParser
import Foundation
import KitSupport
import SysBenchCore
import SysBenchLint

/// `sysbench-kit new ID`: scaffolds a case file to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a skeleton case file, DATASET/cases/ID.yaml, with every field and comments.")

    @Argument(help: "The case id: a slug such as lisbon-guide, also the file name.")
    var id: String

    @Option(help: "parallel (independent turns) or dependent (each turn builds on the one before).")
    var mode: Mode = .parallel

    @Option(help: "How many turns (default: dataset.yaml's turns_per_case, else 5).")
    var turns: Int?

    @Option(help: "en or zh (default: dataset.yaml's language).")
    var language: String?

    @Option(help: "The dataset folder.")
    var dataset = "dataset"

    func run() throws {
        guard id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
            throw Terminal.fail("'\(id)' is not a slug: use lower-case letters, digits and '-', starting with a letter or digit")
        }
        if let language, !CaseSchema.languages.contains(language) {
            throw Terminal.fail("language '\(language)' is not one of \(CaseSchema.languages.joined(separator: ", "))")
        }
        if let turns, turns < 1 { throw Terminal.fail("--turns must be at least 1") }
        let configPath = dataset + "/" + DatasetConfigLoader.fileName
        let config: DatasetConfig
        do {
            config = FileManager.default.fileExists(atPath: configPath)
                ? try Linter.loadConfig(at: configPath) : .sysbenchDefault
        } catch {
            throw Terminal.fail(error)
        }
        let path = DatasetLayout.caseFile(id: id, in: dataset)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw Terminal.fail(ToolError(file: path, message: "already exists; pick another id or edit that file"))
        }
        let text = CaseScaffold.text(
            id: id, mode: mode, turns: turns ?? config.turnsPerCase ?? 5,
            language: language, domains: config.domains.map(\.id))
        do {
            try FileManager.default.createDirectory(atPath: DatasetLayout.casesFolder(in: dataset), withIntermediateDirectories: true)
            let file = try AtomicFileWriter(path: path)
            try file.write(text)
            try file.commit(durable: false)
        } catch {
            throw Terminal.fail(error)
        }
        printError("wrote \(path): fill in every \"\" (sysbench-kit lint \(path) lists them)")
    }
}

extension Mode: ExpressibleByArgument {}
