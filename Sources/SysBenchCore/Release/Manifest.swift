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
    /// How many source files it lists (their paths and digests are written by
    /// `ManifestWriter`, straight to the file, so no release size is held in memory).
    public var sourceCount: Int

    /// Makes a manifest from its parts.
    public init(datasetName: String?, datasetVersion: String?, toolVersion: String, counts: ReleaseCounts,
                recordsBytes: Int, recordsSHA256: String, sourceCount: Int) {
        self.datasetName = datasetName
        self.datasetVersion = datasetVersion
        self.toolVersion = toolVersion
        self.counts = counts
        self.recordsBytes = recordsBytes
        self.recordsSHA256 = recordsSHA256
        self.sourceCount = sourceCount
    }

    public static func == (lhs: Manifest, rhs: Manifest) -> Bool {
        lhs.json == rhs.json && lhs.sourceCount == rhs.sourceCount
    }

    /// The manifest as JSON, keys in a fixed order, with `sources` left empty.
    public var json: JSONValue {
        .object([
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
            ("sources", .object([])),
        ])
    }
}

/// Writes `manifest.json` in pieces: the head, each source as it comes, the tail. The
/// bytes are those `JSONWriter.write(_:indent: 2)` gives for the whole object, with its
/// `sources` keyed by path (relative to the dataset folder) in byte order.
public struct ManifestWriter {
    private let manifest: Manifest
    private var written = 0

    /// A writer of `manifest`, whose `sourceCount` sources must follow.
    public init(_ manifest: Manifest) {
        self.manifest = manifest
    }

    /// Everything before the first source.
    public func head() -> [UInt8] {
        // The whole object with `"sources": {}` ends in "{}\n}"; with sources, the "{"
        // stays open for them.
        var text = Array(JSONWriter.write(manifest.json, indent: 2).utf8)
        if manifest.sourceCount > 0 { text.removeLast(3) }
        return text
    }

    /// One source, given in path order.
    public mutating func source(path: String, sha256: String) -> [UInt8] {
        var out: [UInt8] = written == 0 ? [] : [UInt8(ascii: ",")]
        written += 1
        out.append(contentsOf: "\n    ".utf8)
        JSONWriter.writeString(path, into: &out)
        out.append(contentsOf: ": ".utf8)
        JSONWriter.writeString(sha256, into: &out)
        return out
    }

    /// Everything after the last source, with the final line break.
    public func tail() -> [UInt8] {
        Array((manifest.sourceCount > 0 ? "\n  }\n}\n" : "\n").utf8)
    }
}
