import ArgumentParser
import Foundation
import SysBenchScore

/// `sysbench-kit score`: CSR, ISR and SSR of one or more judged runs.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Compute CSR, ISR and SSR (with bootstrap intervals) for judged runs.",
        discussion: """
            INPUT is a SysBench evaluated run (<model>_eval.json), a results .jsonl, or a \
            run folder holding \(RunFolderFiles.results). With several inputs, each model is also \
            compared with the first, paired over the sessions both have. --recheck DATASET \
            applies the dataset's checks to the runs' stored answers (SysBench runs matched by \
            system_id, results by case id) and scores with the final verdicts.

            \(RunArguments.discussion)
            """
    )

    @Argument(help: ArgumentHelp(RunArguments.help, valueName: "[NAME=]INPUT"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Output format.", valueName: CommandHelp.choices(OutputFormat.self)))
    var format: OutputFormat = .text

    @OptionGroup var scoring: ScoringOptions

    func run() throws {
        let arguments = RunArguments.parse(inputs)
        let dataset = try scoring.recheckDataset()
        var runs: [ScoredRun] = []
        for argument in arguments {
            do {
                let run = dataset == nil
                    ? try RunLoader.decode(RunFolderInput.locate(path: argument.path, format: scoring.inputFormat))
                    : try scoring.loadRun(argument.path, recheck: dataset).run
                Terminal.warnings(of: run)
                runs.append(run)
            } catch {
                throw Terminal.fail(error)
            }
        }
        let report = ScoreReport(
            runs: RunArguments.name(runs, arguments), policy: scoring.policy, bootstrap: scoring.bootstrapSettings)
        RunArguments.warnCoverage(report)
        FileHandle.standardOutput.write(Data(format.render(report).utf8))
    }
}

extension OutputFormat: ExpressibleByArgument {}
