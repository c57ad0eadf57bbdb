import ArgumentParser
import Foundation
import SysBenchCore

/// `sysbench-kit init DIR`: starts a dataset.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a dataset: DIR/dataset.yaml (commented), DIR/cases/, a README and the case schema.",
        discussion: """
            dataset.yaml lists the 22 SysBench domains and asks for 5 turns a case; cases \
            may be parallel or dependent. DIR must be missing or empty.
            """)

    @Argument(help: "The dataset folder to create (missing or empty).")
    var folder: String

    @Option(help: ArgumentHelp("The default language of the cases.", valueName: CommandHelp.choices(CaseLanguage.self)))
    var language: CaseLanguage = .en

    func run() throws {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let name = URL(fileURLWithPath: trimmed).standardizedFileURL.lastPathComponent
        do {
            try DatasetScaffold.write(into: trimmed, name: name, language: language.rawValue)
        } catch {
            throw Terminal.fail(error)
        }
        let written = DatasetScaffold.files.map { "\(trimmed)/\($0)" } + ["\(trimmed)/cases/"]
        printError("wrote " + written.joined(separator: ", "))
        printError("next: sysbench-kit new ID --dataset \(trimmed), then sysbench-kit lint \(trimmed)")
    }
}

/// The languages a case may be written in, as a flag value.
enum CaseLanguage: String, CaseIterable, ExpressibleByArgument {
    case en, zh
}
