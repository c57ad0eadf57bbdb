import Foundation
import KitSupport
import SysBenchCore

/// A release JSONL file loaded for a run: its cases in file order and its hash.
public struct Dataset: Sendable {
    /// The cases, in the order of the file.
    public var cases: [ReleaseRecord]
    /// Lowercase hex sha256 of the file's bytes; a resumed run must see the same.
    public var sha256: String

    /// Creates a dataset from decoded cases.
    public init(cases: [ReleaseRecord], sha256: String) {
        self.cases = cases
        self.sha256 = sha256
    }

    /// Decodes release JSONL bytes with Core's one release reader (``SysBenchCore/ReleaseJSONL``).
    public static func decode(_ data: Data, path: String) throws(RunError) -> Dataset {
        let cases: [ReleaseRecord]
        do {
            cases = try ReleaseJSONL.decode(data, path: path)
        } catch {
            let message = error.column.map { "column \($0): \(error.message)" } ?? error.message
            throw RunError.dataset(path: path, line: error.line, message: message)
        }
        guard !cases.isEmpty else { throw RunError.dataset(path: path, line: nil, message: "no cases in the file") }
        return Dataset(cases: cases, sha256: SHA256Hex.digest(data))
    }

    /// Reads and decodes the release JSONL at `path`.
    public static func load(path: String) throws(RunError) -> Dataset {
        try DatasetInputKind.checkNotAFolder(path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RunError.dataset(path: path, line: nil, message: "cannot read the file")
        }
        try DatasetInputKind.checkNotASysBenchRelease(data, path: path)
        return try decode(data, path: path)
    }
}
