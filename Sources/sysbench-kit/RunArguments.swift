import SysBenchScore

/// The run arguments `score` and `report` share: `PATH` or `NAME=PATH` (see
/// `RunArgument` for when a `=` names a run), names made unique with a warning.
enum RunArguments {
    /// Help for the run arguments.
    static let help = "Runs: PATH, or NAME=PATH to name the run (a file or folder; see the discussion)."

    /// What the discussion of both commands says about names.
    static let discussion = """
        Name a run with NAME=PATH (base=runs/a): the name heads its column instead of the \
        model the run records. A run named like another is shown as NAME#2 with a warning. \
        An argument that is an existing path, or whose part before = holds a /, is a path.
        """

    /// The arguments as typed.
    static func parse(_ inputs: [String]) -> [RunArgument] {
        inputs.map { RunArgument(parsing: $0) }
    }

    /// `runs` named after `arguments`, made unique; warns for every rename.
    static func name(_ runs: [ScoredRun], _ arguments: [RunArgument]) -> [ScoredRun] {
        let named = RunNaming.apply(arguments.map(\.name), to: runs)
        for renamed in named.renamed { Terminal.warning(renamed.message, file: nil) }
        return named.runs
    }

    /// Warns when the compared runs cover different sessions.
    static func warnCoverage(_ report: ScoreReport) {
        if let warning = report.coverage.warning(names: report.models.map(\.name)) {
            Terminal.warning(warning, file: nil)
        }
    }
}
