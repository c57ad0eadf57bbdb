import SysBenchScore

/// One input of the report: the scored run and, when they could be read, its texts.
public struct ReportRun: Sendable {
    /// The run as scoring sees it.
    public var run: ScoredRun
    /// Its texts for the drill-down; nil when the input holds none that line up.
    public var details: RunDetails?

    /// Creates an input, dropping details whose sessions do not line up with the run's
    /// (a different count, or different case ids) rather than showing wrong texts.
    public init(run: ScoredRun, details: RunDetails?) {
        self.run = run
        if let details, details.sessions.count == run.sessions.count,
           zip(details.sessions, run.sessions).allSatisfy({ $0.caseID == nil || $0.caseID == $1.caseID }) {
            self.details = details
        } else {
            self.details = nil
        }
    }

    /// Reads the input at `path` once and decodes both the scores and the texts.
    public static func load(path: String, format: InputFormat? = nil) throws(ScoreInputError) -> ReportRun {
        let file = try RunLoader.locate(path: path, format: format)
        let loaded = try RunLoader.decodeWithTexts(file)
        return ReportRun(run: loaded.run, details: loaded.details)
    }
}
