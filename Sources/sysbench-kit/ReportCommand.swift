import ArgumentParser
import Foundation
import SysBenchReport
import SysBenchScore

/// `sysbench-kit report`: the scores of one or more runs as one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page with the scores, charts and failed turns of judged runs.",
        discussion: """
            Takes the inputs and flags of score. The page has inline CSS and SVG only, so it \
            works offline and as an email attachment. It is written atomically. Exit status: \
            0 written, 2 an input could not be read or the page could not be written.
            """
    )

    @Argument(help: "Runs to report on.")
    var inputs: [String]

    @Option(help: "The HTML file to write.")
    var out: String

    @Option(help: "How verdicts other than yes/no count: sysbench (the paper's), strict or exclude.")
    var policy: ScoringPolicy = .sysbench

    @Option(help: "Bootstrap replicates for the intervals (0: none).")
    var bootstrap: Int = 1000

    @Option(help: "Seed of the bootstrap's generator.")
    var seed: UInt64 = BootstrapSettings.defaultSeed

    @Option(help: "Read inputs as sysbench or results instead of detecting the format.")
    var inputFormat: InputFormat?

    @Option(help: "Failed turns shown per model in the drill-down (0: no drill-down).")
    var maxFailedTurns: Int = ReportOptions().maxFailedTurns

    func validate() throws {
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be 0 or more") }
        guard maxFailedTurns >= 0 else { throw ValidationError("--max-failed-turns must be 0 or more") }
    }

    func run() throws {
        var runs: [ReportRun] = []
        for input in inputs {
            do {
                runs.append(try ReportRun.load(path: input, format: inputFormat))
            } catch {
                printError(error.description)
                throw ExitCode(2)
            }
        }
        let page = ReportPage(
            runs: runs, policy: policy, bootstrap: BootstrapSettings(replicates: bootstrap, seed: seed),
            options: ReportOptions(maxFailedTurns: maxFailedTurns))
        let html = Data(page.html().utf8)
        do {
            try AtomicWriter.write(html, to: out)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        print("wrote \(out) (\(runs.count) run\(runs.count == 1 ? "" : "s"), \(html.count / 1024) KiB)")
    }
}
