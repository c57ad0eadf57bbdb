import SysBenchScore

/// Reads a run's texts for the drill-down, from the bytes ``RunLoader`` located.
///
/// Kept out of `score` on purpose: decoding every answer and reason costs far more
/// than the verdicts, and only the report shows them.
public enum DetailLoader {
    /// The details of a located input, in the format the loader decided.
    public static func load(_ file: RunFile) throws(ScoreInputError) -> RunDetails {
        switch file.format {
        case .sysbench: try SysBenchDetailReader.read(file.data, path: file.path)
        case .results: try ResultsDetailReader.read(file.data, path: file.path)
        }
    }
}
