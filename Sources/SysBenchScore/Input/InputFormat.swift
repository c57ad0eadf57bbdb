import Foundation
import KitSupport

/// The kinds of input `score` reads.
public enum InputFormat: String, CaseIterable, Sendable {
    /// A SysBench evaluated run, `<model>_eval.json`.
    case sysbench
    /// The toolkit's results: a run folder or its results file (``RunFolderFiles/results``).
    case results

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

/// An input's bytes, found and classified but not yet decoded.
///
/// `score` decodes it into a ``ScoredRun`` (``RunLoader/decode(_:)``); `report` also
/// reads the texts from the same bytes (``RunLoader/decodeWithTexts(_:)``).
public struct RunFile: Sendable {
    /// The file actually read (a run folder's results file).
    public var path: String
    /// Its format, given or detected.
    public var format: InputFormat
    /// Its contents.
    public var data: Data
    /// The model name to use when the records name none (the folder or file name).
    public var fallbackModel: String

    /// Creates an input; its bytes may come from elsewhere than the file at `path`
    /// (a run folder's results derived from its journal).
    public init(path: String, format: InputFormat, data: Data, fallbackModel: String) {
        self.path = path
        self.format = format
        self.data = data
        self.fallbackModel = fallbackModel
    }
}

/// Loads any input `score` accepts.
public enum RunLoader {
    /// Reads the run at `path` (a SysBench `*_eval.json`, a results `.jsonl`, or a run
    /// folder holding its results file); `format` overrides detection.
    public static func load(path: String, format: InputFormat? = nil) throws(ScoreInputError) -> ScoredRun {
        try decode(locate(path: path, format: format))
    }

    /// Decodes a located input into a scored run.
    public static func decode(_ file: RunFile) throws(ScoreInputError) -> ScoredRun {
        switch file.format {
        case .sysbench:
            return try SysBenchRunReader.read(file.data, path: file.path)
        case .results:
            return try ResultsReader.read(file.data, path: file.path, fallbackModel: file.fallbackModel)
        }
    }

    /// Decodes a located input into a scored run and its texts (system messages,
    /// answers, checklist texts, judge reasons), reading the bytes once.
    public static func decodeWithTexts(_ file: RunFile) throws(ScoreInputError) -> (run: ScoredRun, details: RunDetails) {
        switch file.format {
        case .sysbench:
            return try SysBenchRunReader.readWithTexts(file.data, path: file.path)
        case .results:
            return try ResultsReader.readWithTexts(file.data, path: file.path, fallbackModel: file.fallbackModel)
        }
    }

    /// Finds and reads the input at `path` and decides its format, without decoding it.
    public static func locate(path: String, format: InputFormat? = nil) throws(ScoreInputError) -> RunFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScoreInputError(path: path, message: "no such file or directory")
        }
        let file = isDirectory.boolValue
            ? URL(fileURLWithPath: path).appendingPathComponent(RunFolderFiles.results).path
            : path
        if isDirectory.boolValue, !FileManager.default.fileExists(atPath: file) {
            throw ScoreInputError(path: path, message: "not a run folder: no \(RunFolderFiles.results) in it")
        }
        let data: Data
        do {
            data = Data(try FileReader.bytes(atPath: file))
        } catch {
            throw ScoreInputError(path: file, message: "cannot read: \(error.reason)")
        }
        guard data.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw ScoreInputError(path: file, message: "the file is empty")
        }
        guard let detected = format ?? InputFormat.detect(path: file, isDirectory: false, prefix: data.prefix(64)) else {
            throw ScoreInputError(
                path: file,
                message: "unknown input format (expected a SysBench *_eval.json array or results JSONL); use --input-format")
        }
        if format == nil, detected == .results, !isDirectory.boolValue,
           URL(fileURLWithPath: file).pathExtension.lowercased() == "json" {
            throw ScoreInputError(
                path: file,
                message: "expected a SysBench evaluated run (a JSON array of sessions) but the file holds a JSON object; "
                    + "results JSONL (one judged turn a line) is read with --input-format results")
        }
        let name = isDirectory.boolValue
            ? URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return RunFile(path: file, format: detected, data: data, fallbackModel: name)
    }
}
