import ArgumentParser
import SysBenchCore

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
        var builder = ReleaseBuilder(datasetPath: dataset, outputPath: out, validator: LintGate.validator())
        do {
            let manifest = try builder.build()
            Terminal.error("built \(manifest.counts.records) records into \(out)/\(Manifest.recordsFileName)")
        } catch .lintErrors(let count) {
            Terminal.error("error: \(count) lint error\(count == 1 ? "" : "s"); nothing was built")
            throw ExitCode(1)
        } catch {
            throw Terminal.fail(error.description)
        }
    }
}
