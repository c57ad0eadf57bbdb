import ArgumentParser
import Foundation
import KitSupport
import SysBenchCore
import SysBenchLint

/// `sysbench-kit build`: lint, then write the release.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Lint a dataset, then write sysbench.jsonl and manifest.json.",
        discussion: """
            Refuses to build when lint finds errors. Output is byte-identical for identical \
            input; both files appear by rename, so an interrupted build leaves the old release.
            """)

    @Argument(help: "The dataset folder.")
    var dataset = "dataset"

    @Option(name: .long, help: "Where to write the release.")
    var out = "build"

    func run() throws {
        // Checked as `lint` checks it (all problems at once, exit 1); read once, the
        // builder takes it from here. None: the SysBench defaults, as in `lint`.
        guard DatasetConfigGate.isFolder(dataset) else {
            let message = FileManager.default.fileExists(atPath: dataset) ? "is a file, not a dataset folder" : "no such dataset folder"
            throw Terminal.fail(ToolError(file: dataset, message: message))
        }
        let config = try DatasetConfigGate.load(folder: dataset, refusal: "nothing was built")
        var builder = ReleaseBuilder(datasetPath: dataset, outputPath: out, validator: LintGate(report: printError), config: config)
        do {
            let manifest = try builder.build()
            printError("built \(Counted.phrase(manifest.counts.records, "record")) into \(out)/\(Manifest.recordsFileName)")
        } catch .lintErrors(let count) {
            // Exit 1, not 2: the data failed a check. Rendered like every other error.
            for value in ReleaseBuildError.lintErrors(count).toolErrors { printError(Terminal.render(value)) }
            throw ExitCode(1)
        } catch {
            throw Terminal.fail(error)
        }
    }
}
