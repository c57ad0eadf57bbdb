import ArgumentParser

/// `sysbench-kit calibrate`: measure how far a judge can be trusted.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Sample a run's verdicts for people to label, and measure the judge's agreement.",
        discussion: """
            The loop: `calibrate sample` draws a stratified sample of checklist items from a run; people \
            label it in label.html, items.csv or Label Studio; `calibrate agree` compares them with the \
            judge. `run --rejudge` judges the same answers with another judge, and `calibrate agree RUN RUN2` \
            compares the two judges.
            """,
        subcommands: [CalibrateSampleCommand.self, CalibrateAgreeCommand.self]
    )
}
