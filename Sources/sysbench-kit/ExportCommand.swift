import ArgumentParser
import KitSupport
import SysBenchCore
import SysBenchLint

/// `sysbench-kit export sysbench (DATASET|FILE.jsonl) --out FILE.json`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a dataset or a built release in the SysBench release format.")

    @Argument(help: "The format to export to (sysbench).")
    var format: ExternalFormat

    @Argument(help: "A dataset folder or a sysbench.jsonl release.")
    var input: String

    @Option(name: .long, help: "The JSON file to write (- for standard output).")
    var out: String

    func run() throws {
        // A dataset folder passes the lint gate first, as in `build`: its findings
        // (dataset.yaml, broken case-file links) are printed and errors refuse.
        if DatasetConfigGate.isFolder(input) {
            try LintGate.lint(folder: input, refusal: "nothing was exported")
        }
        do {
            let loaded = try RecordSource.load(input)
            let labels = Dictionary((loaded.config?.domains ?? []).map { ($0.id, $0.zhLabel) }) { first, _ in first }
            let (sessions, notes) = try Upstream.Exporter.sessions(loaded.records, domainLabels: labels)
            let text = Upstream.Exporter.text(sessions)
            if out == StandardOutput.name {
                try StandardOutput.write(Array(text.utf8))
            } else {
                let file = try AtomicFileWriter(path: out)
                try file.write(text)
                try file.commit(durable: false)
            }
            for note in notes { Terminal.note(note) }
            printError("exported \(Counted.phrase(sessions.count, "session")) to \(StandardOutput.describe(out))")
        } catch {
            throw Terminal.fail(error)
        }
    }
}
