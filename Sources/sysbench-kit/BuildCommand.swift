import ArgumentParser
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
        let config: DatasetConfigLoader.Loaded
        do {
            // A broken dataset.yaml stops lint from running at all (exit 2), as in `lint`;
            // read once, the builder takes it from here.
            config = try Linter.loadCheckedConfig(at: dataset + "/" + DatasetConfigLoader.fileName)
        } catch {
            throw Terminal.fail(error)
        }
        var builder = ReleaseBuilder(datasetPath: dataset, outputPath: out, validator: LintGate(), config: config)
        do {
            let manifest = try builder.build()
            printError("built \(Counted.phrase(manifest.counts.records, "record")) into \(out)/\(Manifest.recordsFileName)")
        } catch .lintErrors(let count) {
            printError("error: \(count) lint error\(count == 1 ? "" : "s"); nothing was built")
            throw ExitCode(1)
        } catch {
            throw Terminal.fail(error)
        }
    }
}
