import Foundation
import KitSupport
import SysBenchCore

/// A release JSONL file loaded for a run: its cases in file order and its hash.
public struct ReleaseFile: Sendable {
    /// The cases, in the order of the file.
    public var cases: [ReleaseRecord]
    /// Lowercase hex sha256 of the file's bytes; a resumed run must see the same.
    public var sha256: String

    /// Creates a release file from decoded cases.
    public init(cases: [ReleaseRecord], sha256: String) {
        self.cases = cases
        self.sha256 = sha256
    }

    /// Decodes release JSONL bytes with Core's one release reader (``SysBenchCore/ReleaseJSONL``).
    public static func decode(_ data: Data, path: String) throws(RunError) -> ReleaseFile {
        let cases: [ReleaseRecord]
        do {
            cases = try ReleaseJSONL.decode(data, path: path)
        } catch {
            throw RunError.releaseFile(path: path, line: error.line, column: error.column, message: error.message)
        }
        guard !cases.isEmpty else { throw RunError.releaseFile(path: path, line: nil, message: "no cases in the file") }
        return ReleaseFile(cases: cases, sha256: SHA256Hex.digest(data))
    }

    /// Reads and decodes the release JSONL at `path`.
    public static func load(path: String) throws(RunError) -> ReleaseFile {
        try DatasetInputKind.checkNotAFolder(path)
        let data: Data
        do {
            data = Data(try FileReader.bytes(atPath: path))
        } catch {
            throw RunError.releaseFile(path: path, line: nil, message: "cannot read: \(error.reason)")
        }
        try DatasetInputKind.checkNotASysBenchRelease(data, path: path)
        return try decode(data, path: path)
    }
}
