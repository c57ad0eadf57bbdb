import Foundation

/// The kinds of input `score` reads.
public enum InputFormat: String, CaseIterable, Sendable {
    /// A SysBench evaluated run, `<model>_eval.json`.
    case sysbench
    /// The toolkit's results: a run folder or its `results.jsonl`.
    case results

    /// The name of the results file inside a run folder.
    public static let resultsFileName = "results.jsonl"

    /// Decides the format: a folder is results; otherwise the first non-space byte
    /// (`[` SysBench, `{` results), and when that says nothing the extension
    /// (`.json` SysBench, `.jsonl` results).
    public static func detect(path: String, isDirectory: Bool, prefix: Data) -> InputFormat? {
        if isDirectory { return .results }
        // Skip whitespace and a UTF-8 byte order mark.
        let first = prefix.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        switch first {
        case UInt8(ascii: "["): return .sysbench
        case UInt8(ascii: "{"): return .results
        default: break
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "jsonl", "ndjson": return .results
        case "json": return .sysbench
        default: return nil
        }
    }
}

/// Loads any input `score` accepts.
public enum RunLoader {
    /// Reads the run at `path` (a SysBench `*_eval.json`, a results `.jsonl`, or a run
    /// folder holding `results.jsonl`); `format` overrides detection.
    public static func load(path: String, format: InputFormat? = nil) throws(ScoreInputError) -> ScoredRun {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScoreInputError(path: path, message: "no such file or directory")
        }
        let file = isDirectory.boolValue
            ? URL(fileURLWithPath: path).appendingPathComponent(InputFormat.resultsFileName).path
            : path
        if isDirectory.boolValue, !FileManager.default.fileExists(atPath: file) {
            throw ScoreInputError(path: path, message: "not a run folder: no \(InputFormat.resultsFileName) in it")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ScoreInputError(path: file, message: "cannot read the file")
        }
        guard data.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw ScoreInputError(path: file, message: "the file is empty")
        }
        let detected = format ?? InputFormat.detect(path: file, isDirectory: false, prefix: data.prefix(64))
        switch detected {
        case .sysbench:
            return try SysBenchRunReader.read(data, path: file)
        case .results:
            let name = isDirectory.boolValue
                ? URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
                : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return try ResultsReader.read(data, path: file, fallbackModel: name)
        case nil:
            throw ScoreInputError(
                path: file,
                message: "unknown input format (expected a SysBench *_eval.json array or results JSONL); use --input-format")
        }
    }
}
