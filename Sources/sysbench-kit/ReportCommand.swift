import ArgumentParser
import Foundation
import KitSupport
import SysBenchReport
import SysBenchScore

/// `sysbench-kit report`: the scores of one or more runs as one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page with the scores, charts and failed turns of judged runs.",
        discussion: """
            Takes the inputs and flags of score. The page has inline CSS and SVG only, so it \
            works offline and as an email attachment. It is written atomically.

            \(RunArguments.discussion)
            """
    )

    @Argument(help: ArgumentHelp(RunArguments.help, valueName: "[NAME=]INPUT"))
    var inputs: [String]

    @Option(help: "The HTML file to write (- for standard output).")
    var out = "report.html"

    @OptionGroup var scoring: ScoringOptions

    @Option(parsing: .unconditional, help: "Failed turns shown per model in the drill-down (0: no drill-down).")
    var maxFailedTurns: Int = ReportOptions().maxFailedTurns

    @Option(help: "A `calibrate agree --format json` output: adds a judge calibration section.")
    var calibration: String?

    func validate() throws {
        guard maxFailedTurns >= 0 else { throw ValidationError("--max-failed-turns must be 0 or more") }
    }

    func run() throws {
        let arguments = RunArguments.parse(inputs)
        let dataset = try scoring.recheckDataset()
        var runs: [ReportRun] = []
        for argument in arguments {
            do {
                let loaded = try scoring.loadRun(argument.path, recheck: dataset)
                Terminal.warnings(of: loaded.run)
                runs.append(ReportRun(run: loaded.run, details: loaded.details))
            } catch {
                throw Terminal.fail(error)
            }
        }
        let named = RunArguments.name(runs.map(\.run), arguments)
        for index in runs.indices { runs[index].run = named[index] }
        var page = ReportPage(
            runs: runs, policy: scoring.policy, bootstrap: scoring.bootstrapSettings,
            options: ReportOptions(maxFailedTurns: maxFailedTurns))
        RunArguments.warnCoverage(page.report)
        if let calibration {
            do {
                let bytes = try FileReader.bytes(atPath: calibration)
                page.calibration = try CalibrationResult.read(String(decoding: bytes, as: UTF8.self), path: calibration)
            } catch {
                throw Terminal.fail(error)
            }
        }
        let html = Data(page.html().utf8)
        do {
            if out == StandardOutput.name {
                try StandardOutput.write(Array(html))
                printError("wrote the page to standard output (\(runs.count) run\(runs.count == 1 ? "" : "s"), \(html.count / 1024) KiB)")
                return
            }
            try AtomicFileWriter.write(html, to: out)
        } catch {
            throw Terminal.fail(error)
        }
        print("wrote \(out) (\(runs.count) run\(runs.count == 1 ? "" : "s"), \(html.count / 1024) KiB)")
    }
}
