import ArgumentParser
import SysBenchScore

/// The flags `score` and `report` share: how runs are read and how they are scored.
struct ScoringOptions: ParsableArguments {
    @Option(help: "How verdicts other than yes/no count: sysbench (the paper's), strict or exclude.")
    var policy: ScoringPolicy = .sysbench

    @Option(help: "Bootstrap replicates for the intervals (0: none).")
    var bootstrap: Int = 1000

    @Option(help: "Seed of the bootstrap's generator.")
    var seed: UInt64 = BootstrapSettings.defaultSeed

    @Option(help: "Read inputs as sysbench or results instead of detecting the format.")
    var inputFormat: InputFormat?

    @Option(
        help: ArgumentHelp(
            "Apply the checks of this dataset (a folder, a release .jsonl or a SysBench .json) to the runs' stored answers.",
            valueName: "DATASET"))
    var recheck: String?

    func validate() throws {
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be 0 or more") }
    }

    /// The bootstrap the flags ask for.
    var bootstrapSettings: BootstrapSettings {
        BootstrapSettings(replicates: bootstrap, seed: seed)
    }
}

extension ScoringPolicy: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
