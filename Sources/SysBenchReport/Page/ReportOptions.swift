/// What goes into the report page beyond the scores.
public struct ReportOptions: Sendable, Hashable {
    /// Failed turns shown per model in the drill-down, and separately judge failures
    /// and turns with non-binary verdicts; 0 leaves the drill-down out.
    public var maxFailedTurns: Int
    /// Characters of the system message shown per failed turn.
    public var systemExcerpt: Int
    /// Characters of the user message, the answer and the judge's reason shown.
    public var textExcerpt: Int
    /// The page's heading.
    public var title: String

    /// The defaults keep four 500-session runs at a few megabytes: each failed turn
    /// carries its texts, so the drill-down is what decides the page's size.
    public init(
        maxFailedTurns: Int = 100, systemExcerpt: Int = 600, textExcerpt: Int = 1500,
        title: String = "SysBench report"
    ) {
        self.maxFailedTurns = maxFailedTurns
        self.systemExcerpt = systemExcerpt
        self.textExcerpt = textExcerpt
        self.title = title
    }
}
