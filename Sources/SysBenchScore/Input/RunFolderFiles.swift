/// The names of the files in a run folder: the one place that knows them.
///
/// A run folder holds the run's settings (``manifest``), its append-only log
/// (``journal``) and the judged turns derived from the log (``results``, one
/// ``JudgedTurnRecord`` a line), which `score` and `report` read.
public enum RunFolderFiles {
    /// The run's settings, written once when the run starts.
    public static let manifest = "run.json"
    /// The append-only log of answers and judgments the runner resumes from.
    public static let journal = "journal.jsonl"
    /// The judged turns, rewritten from the journal; what `score RUNDIR` reads.
    public static let results = "results.jsonl"

    /// Every file a run writes into its folder, in the order it creates them.
    public static let all = [manifest, journal, results]
}
