import SysBenchScore

extension Terminal {
    /// `file: warning: message` on standard error: the data has a problem the command
    /// worked around (it still exits 0).
    static func warning(_ message: String, file: String?) {
        printError(file.map { "\($0): warning: \(message)" } ?? "warning: \(message)")
    }

    /// The warnings a reader attached to a run, one line each.
    static func warnings(of run: ScoredRun) {
        for message in run.warnings { warning(message, file: run.source) }
    }
}
