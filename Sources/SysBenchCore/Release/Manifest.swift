import KitSupport
/// `manifest.json`: what a release holds and how to check it.
///
/// Nothing in it depends on the machine or the moment (no timestamps, no absolute
/// paths), so the same dataset gives the same bytes everywhere.
public struct Manifest: Sendable, Equatable {
    /// The release format's version; bumped when the record layout changes.
    public static let formatVersion = 1
    /// The JSONL file's name inside the output folder.
    public static let recordsFileName = "sysbench.jsonl"
    /// The manifest's own file name.
    public static let fileName = "manifest.json"

    /// From `dataset.yaml`.
    public var datasetName: String?
    public var datasetVersion: String?
    /// The version of the tool that built the release.
    public var toolVersion: String
    public var counts: ReleaseCounts
    /// Size and SHA-256 (lower-case hex) of `sysbench.jsonl`.
    public var recordsBytes: Int
    public var recordsSHA256: String
    /// SHA-256 of every source file, keyed by its path relative to the dataset folder.
    public var sources: [(path: String, sha256: String)]

    /// Makes a manifest from its parts.
    public init(datasetName: String?, datasetVersion: String?, toolVersion: String, counts: ReleaseCounts,
                recordsBytes: Int, recordsSHA256: String, sources: [(path: String, sha256: String)]) {
        self.datasetName = datasetName
        self.datasetVersion = datasetVersion
        self.toolVersion = toolVersion
        self.counts = counts
        self.recordsBytes = recordsBytes
        self.recordsSHA256 = recordsSHA256
        self.sources = sources
    }

    public static func == (lhs: Manifest, rhs: Manifest) -> Bool {
        lhs.json == rhs.json
    }

    /// The manifest as JSON, keys in a fixed order and sources sorted by path.
    public var json: JSONValue {
        let sorted = sources.sorted { ReleaseCounts.byteOrder($0.path, $1.path) }
        return .object([
            ("format", .string("sysbench-kit-release")),
            ("format_version", .int(Self.formatVersion)),
            ("tool", .object([("name", .string(ToolVersion.name)), ("version", .string(toolVersion))])),
            ("dataset", .object([
                ("name", datasetName.map(JSONValue.string) ?? .null),
                ("version", datasetVersion.map(JSONValue.string) ?? .null),
            ])),
            ("records", .int(counts.records)),
            ("counts", counts.json),
            ("jsonl", .object([
                ("path", .string(Self.recordsFileName)),
                ("bytes", .int(recordsBytes)),
                ("sha256", .string(recordsSHA256)),
            ])),
            ("sources", .object(sorted.map { ($0.path, .string($0.sha256)) })),
        ])
    }

    /// The file's text: indented JSON and a final line break.
    public var text: String {
        JSONWriter.write(json, indent: 2) + "\n"
    }
}
