import SysBenchCore
import Crypto
import Foundation
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

    /// Decodes release JSONL bytes (one case per non-blank line) with Core's reader.
    public static func decode(_ data: Data, path: String) throws(RunError) -> Dataset {
        var cases: [ReleaseRecord] = []
        var seen = Set<String>()
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let record: ReleaseRecord
            do {
                record = try ReleaseRecord(json: try JSONParser.parse(Array(line)))
            } catch let error as JSONParser.Failure {
                throw RunError.dataset(path: path, line: lineNumber, message: "column \(error.column): \(error.message)")
            } catch {
                throw RunError.dataset(path: path, line: lineNumber, message: "\(error)")
            }
            guard seen.insert(record.id).inserted else {
                throw RunError.dataset(path: path, line: lineNumber, message: "case id \"\(record.id)\" repeated")
            }
            cases.append(record)
        }
        guard !cases.isEmpty else { throw RunError.dataset(path: path, line: nil, message: "no cases in the file") }
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        return Dataset(cases: cases, sha256: digest)
    }

    /// Reads and decodes the release JSONL at `path`.
    public static func load(path: String) throws(RunError) -> Dataset {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RunError.dataset(path: path, line: nil, message: "cannot read the file")
        }
        return try decode(data, path: path)
    }
}
