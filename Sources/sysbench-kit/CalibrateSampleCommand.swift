import ArgumentParser
import SysBenchCalibrate
import SysBenchScore

/// `sysbench-kit calibrate sample`: flags in, `SysBenchCalibrate` draws and writes.
struct CalibrateSampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw a stratified sample of a run's checklist items for people to label.",
        discussion: """
            RUN is a run folder, a results .jsonl or a SysBench *_eval.json (case ids sysbench-001 …). \
            The sample is split evenly over the six constraint types and, within a type, between items \
            the judge passed and did not. --out must be new or empty; it receives items.csv, label.html, \
            labelstudio.json, labelstudio.xml and sample.json, all at once. The same run, size and seed \
            give the same bytes.
            """)

    @Argument(help: "The run to sample from.") var source: String
    @Option(help: "How many items to sample.") var size: Int
    @Option(help: "The sampler's seed.") var seed: UInt64
    @Option(help: "The folder to write (new or empty).") var out: String
    @Flag(help: "Show annotators the judge's verdict (anchors them; off by default).") var showJudge = false
    @Option(help: "Read the run as sysbench or results instead of detecting the format.") var inputFormat: InputFormat?

    func run() throws {
        do throws(CalibrationError) {
            let turns: JudgedTurns
            do {
                turns = try JudgedTurnLoader.load(path: source, format: inputFormat)
            } catch {
                throw CalibrationError(path: error.path, line: error.line, message: error.message)
            }
            let drawn = try SampleDraw.make(run: turns, runPath: source, size: size, seed: seed, showJudge: showJudge)
            try SampleFolder.write(drawn.files, to: out)
            print("wrote \(out): \(drawn.items.count) items in \(drawn.files.map(\.name).joined(separator: ", "))")
        } catch {
            throw Terminal.fail(error)
        }
    }
}
