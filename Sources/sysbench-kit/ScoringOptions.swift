import ArgumentParser
import SysBenchScore

/// The flags `score` and `report` share: how runs are read and how they are scored.
struct ScoringOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How verdicts other than yes/no count (sysbench: the paper's way).",
                               valueName: CommandHelp.choices(ScoringPolicy.self)))
    var policy: ScoringPolicy = .sysbench

    @Option(parsing: .unconditional, help: "Bootstrap replicates for the intervals (0: none).")
    var bootstrap: Int = 1000

    @Option(help: "Seed of the bootstrap's generator.")
    var seed: UInt64 = BootstrapSettings.defaultSeed

    @Option(help: ArgumentHelp("Read inputs in this format instead of detecting it.", valueName: CommandHelp.choices(InputFormat.self)))
    var inputFormat: InputFormat?

    @Option(
        help: ArgumentHelp(
            "Apply the checks of this dataset (a folder, a release .jsonl or a SysBench .json) to the runs' stored answers.",
            valueName: "DATASET"))
    var recheck: String?

    func validate() throws {
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be 0 or a positive number, not \(bootstrap)") }
    }

    /// The bootstrap the flags ask for.
    var bootstrapSettings: BootstrapSettings {
        BootstrapSettings(replicates: bootstrap, seed: seed)
    }
}

extension ScoringPolicy: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
