import ArgumentParser
import KitSupport
import SysBenchCore

/// `sysbench-kit import sysbench FILE.json --out DATASET`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a SysBench release file into a dataset folder of YAML cases.")

    @Argument(help: "The format to import from (sysbench).")
    var format: ExternalFormat

    @Argument(help: "The release file, a JSON array of sessions.")
    var file: String

    @Option(name: .long, help: "The dataset folder to create.")
    var out: String

    @Flag(name: .long, help: "Write into a folder that is not empty (files it makes are replaced, others kept).")
    var force = false

    @Flag(name: .long, help: "Do not derive checks from SysBench's length items (回答字数数量小于400 and the like).")
    var noChecks = false

    func run() throws {
        do {
            let result = Upstream.Importer.convert(try Upstream.Importer.sessions(atPath: file), deriveChecks: !noChecks)
            try Upstream.Importer.write(result, to: out, force: force)
            for note in result.notes { Terminal.note(note) }
            printError("imported \(Counted.phrase(result.records.count, "case")) into \(out)")
        } catch {
            throw Terminal.fail(error)
        }
    }
}

/// The benchmark formats import and export speak.
enum ExternalFormat: String, ExpressibleByArgument, CaseIterable {
    case sysbench
}
