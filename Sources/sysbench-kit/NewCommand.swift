import ArgumentParser
import Foundation
import KitSupport
import SysBenchCore

/// `sysbench-kit new ID`: scaffolds a case file to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a skeleton case file, DATASET/cases/ID.yaml, with every field and comments.")

    @Argument(help: "The case id: a slug such as lisbon-guide, also the file name.")
    var id: String

    @Option(help: ArgumentHelp("parallel (independent turns) or dependent (each turn builds on the one before).",
                               valueName: CommandHelp.choices(Mode.self)))
    var mode: Mode = .parallel

    @Option(parsing: .unconditional, help: "How many turns (default: dataset.yaml's turns_per_case, else 5).")
    var turns: Int?

    @Option(help: ArgumentHelp("The case's language (default: dataset.yaml's).", valueName: CommandHelp.choices(CaseLanguage.self)))
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
        if let turns, turns < 1 { throw Terminal.fail("--turns must be a positive number, not \(turns)") }
        let config = try DatasetConfigGate.load(folder: dataset, refusal: "no case was written")?.config ?? .sysbenchDefault
        if let turns, let required = config.turnsPerCase, turns != required {
            printError("warning: --turns \(turns), but \(dataset)/\(DatasetConfigLoader.fileName) has turns_per_case: \(required); lint will report the case (turn-count) until they agree")
        }
        let path = "\(dataset)/cases/\(id).yaml"
        guard !FileManager.default.fileExists(atPath: path) else {
            throw Terminal.fail("\(path) already exists; pick another id or edit that file")
        }
        let text = CaseScaffold.text(
            id: id, mode: mode, turns: turns ?? config.turnsPerCase ?? 5,
            language: language, domains: config.domains.map(\.id))
        do {
            try FileManager.default.createDirectory(atPath: dataset + "/cases", withIntermediateDirectories: true)
            let file = try AtomicFileWriter(path: path)
            try file.write(text)
            try file.commit(durable: false)
            // The schema the case's first line points at, when the dataset lacks it.
            if try DatasetScaffold.writeSchema(into: dataset) {
                printError("wrote \(dataset)/\(DatasetScaffold.files[2]): the schema editors read for completion")
            }
        } catch {
            throw Terminal.fail(error)
        }
        printError("wrote \(path): fill in every \"\" (sysbench-kit lint \(path) lists them)")
    }
}

extension Mode: ExpressibleByArgument {}
