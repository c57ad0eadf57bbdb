import KitSupport

/// The one reader of a release file (`sysbench.jsonl`, FORMAT.md §5): one case record
/// a line, blank lines skipped, every id once. `stats`, `export` and `run` all load
/// releases through here.
public enum ReleaseJSONL {
    /// Why a release file could not be read, with where.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file.
        public var path: String
        /// The 1-based line, when the problem is on one.
        public var line: Int?
        /// The 1-based column, when the JSON parser knows it.
        public var column: Int?
        /// What is wrong.
        public var message: String

        /// Creates a failure.
        public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
            self.path = path
            self.line = line
            self.column = column
            self.message = message
        }

        /// `path[:line[:column]]: message`.
        public var description: String {
            var place = path
            if let line { place += ":\(line)" }
            if let column { place += ":\(column)" }
            return "\(place): \(message)"
        }
    }

    /// Decodes the records of release bytes, in file order; fails on the first bad
    /// line or repeated case id.
    public static func decode<Bytes: Collection>(
        _ bytes: Bytes, path: String
    ) throws(Failure) -> [ReleaseRecord] where Bytes.Element == UInt8 {
        var records: [ReleaseRecord] = []
        var seen = Set<String>()
        for line in JSONLines.lines(bytes) {
            let record: ReleaseRecord
            do {
                record = try ReleaseRecord(json: try JSONParser.parse(Array(line.bytes)))
            } catch let error as JSONParser.Failure {
                throw Failure(path: path, line: line.number, column: error.column, message: error.message)
            } catch {
                throw Failure(path: path, line: line.number, message: "\(error)")
            }
            guard seen.insert(record.id).inserted else {
                throw Failure(path: path, line: line.number, message: "case id \"\(record.id)\" repeated")
            }
            records.append(record)
        }
        return records
    }

    /// Reads and decodes the release file at `path`.
    public static func load(path: String) throws(Failure) -> [ReleaseRecord] {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(atPath: path)
        } catch {
            throw Failure(path: path, message: "cannot read: \(error.reason)")
        }
        return try decode(bytes, path: path)
    }
}

extension ReleaseJSONL.Failure: ToolErrorConvertible {
    /// The error as values for the CLI to render.
    public var toolErrors: [ToolError] {
        [ToolError(file: path, line: line, column: column, message: message)]
    }
}
