import ArgumentParser
import SysBenchCore

/// `sysbench-kit stats [DATASET|FILE.jsonl|FILE.json] [--format text|json|markdown]`.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print the paper's Table 1 and more for a dataset, a release or a SysBench file.")

    @Argument(help: "A dataset folder, a sysbench.jsonl release or a SysBench release .json file.")
    var input = "dataset"

    @Option(help: ArgumentHelp("Output format.", valueName: CommandHelp.choices(StatsFormatter.Format.self)))
    var format: StatsFormatter.Format = .text

    func run() throws {
        let config = DatasetConfigGate.isFolder(input)
            ? try DatasetConfigGate.load(folder: input, refusal: "no statistics were computed")?.config : nil
        let loaded: RecordSource.Loaded
        do {
            loaded = try RecordSource.load(input, config: config)
        } catch {
            throw Terminal.fail(error)
        }
        Terminal.output(StatsFormatter.render(DatasetStats(loaded.records), as: format))
    }
}

extension StatsFormatter.Format: ExpressibleByArgument {}
