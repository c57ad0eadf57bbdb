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
            run folder holding results.jsonl. With several inputs, each model is also \
            compared with the first, paired over sessions. Exit status: 0 scored, 2 an \
            input could not be read.
            """
    )

    @Argument(help: "Runs to score.")
    var inputs: [String]

    @Option(help: "Output format: text, json, markdown or csv.")
    var format: OutputFormat = .text

    @Option(help: "How verdicts other than yes/no count: sysbench (the paper's), strict or exclude.")
    var policy: ScoringPolicy = .sysbench

    @Option(help: "Bootstrap replicates for the intervals (0: none).")
    var bootstrap: Int = 1000

    @Option(help: "Seed of the bootstrap's generator.")
    var seed: UInt64 = BootstrapSettings.defaultSeed

    @Option(help: "Read inputs as sysbench or results instead of detecting the format.")
    var inputFormat: InputFormat?

    func validate() throws {
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be 0 or more") }
    }

    func run() throws {
        var runs: [ScoredRun] = []
        for input in inputs {
            do {
                runs.append(try RunLoader.load(path: input, format: inputFormat))
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(2)
            }
        }
        let report = ScoreReport(
            runs: runs, policy: policy, bootstrap: BootstrapSettings(replicates: bootstrap, seed: seed))
        FileHandle.standardOutput.write(Data(format.render(report).utf8))
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension ScoringPolicy: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
