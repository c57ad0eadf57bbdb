import ArgumentParser
import KitSupport
import SysBenchCalibrate
import SysBenchScore

/// `sysbench-kit calibrate agree`: flags in, `SysBenchCalibrate` compares and renders.
struct CalibrateAgreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: "Agreement of people with the judge, of people with each other, or of two judges.",
        discussion: """
            INPUTS are a sample (its folder or sample.json) and label files — items.csv filled in (the \
            annotator is the `annotator` column, else the file's name), labels.json exports of label.html, \
            Label Studio JSON exports — or two or more runs judged on the same answers (judge against \
            judge; see run --rejudge). Judges are named judge:MODEL. Reported per pair: agreement, Cohen's \
            κ, Gwet's AC1, Krippendorff's α with 95 % bootstrap intervals over cases, the confusion matrix, \
            the same by constraint type and alignment, and the disagreements.
            """)

    @Argument(help: "A sample with label files, or two or more runs.") var inputs: [String]
    @Option(help: "text, markdown, csv or json.") var format: AgreementFormat = .text
    @Option(help: "Write the output to this file (atomically) instead of standard output.") var out: String?
    @Option(help: "Exit 1 when a judge's agreement is below this.") var minAgreement: Double?
    @Option(help: "Exit 1 when a judge's Cohen's κ is below this.") var minKappa: Double?
    @Option(help: "Exit 1 when a judge's Gwet's AC1 is below this.") var minAc1: Double?
    @Option(help: "Bootstrap replicates for the intervals (0: none).") var bootstrap: Int = 1000
    @Option(help: "Seed of the bootstrap's generator.") var seed: UInt64 = BootstrapSettings.defaultSeed

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give a sample with label files, or two runs") }
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be 0 or more") }
    }

    func run() throws {
        let report: AgreementReport
        do {
            report = try AgreementInputs.report(
                paths: inputs, bootstrap: BootstrapSettings(replicates: bootstrap, seed: seed))
        } catch {
            throw Terminal.fail(error)
        }
        let text = format.render(report)
        if let out {
            do {
                try AtomicFileWriter.write(Array(text.utf8), to: out)
            } catch {
                throw Terminal.fail(error)
            }
        } else {
            print(text, terminator: "")
        }
        let gate = AgreementGate(minAgreement: minAgreement, minKappa: minKappa, minAC1: minAc1)
        let failures = gate.failures(report)
        if !failures.isEmpty {
            for failure in failures { printError("below the bar: \(failure)") }
            throw ExitCode(1)
        }
    }
}

extension AgreementFormat: ExpressibleByArgument {}
