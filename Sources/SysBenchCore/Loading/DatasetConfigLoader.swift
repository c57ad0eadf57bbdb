import KitSupport
public import YAMLSource

/// Reads `dataset.yaml`.
public enum DatasetConfigLoader {
    /// The file name looked for in a dataset folder.
    public static let fileName = "dataset.yaml"

    /// Why a `dataset.yaml` could not be loaded at all.
    public enum LoadError: Error, Sendable {
        /// The file could not be read.
        case unreadable(FileReader.Failure)
        /// The file is not YAML the parser accepts.
        case invalidYAML(path: String, YAMLLoadError)
    }

    /// A `dataset.yaml` as read: its bytes (for hashing), what it says, and what is
    /// wrong with its fields (for lint to report; `build` and `stats` go on).
    public struct Loaded: Sendable {
        /// The file's path.
        public var path: String
        /// The file's bytes.
        public var bytes: [UInt8]
        /// The decoded description.
        public var config: DatasetConfig
        /// Problems with its fields, with positions.
        public var problems: [SchemaProblem]
    }

    /// The one loader of `dataset.yaml`: reads, parses and decodes the file at `path`.
    public static func load(path: String) throws(LoadError) -> Loaded {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(atPath: path)
        } catch {
            throw .unreadable(error)
        }
        return try load(bytes: bytes, path: path)
    }

    /// Parses and decodes `dataset.yaml` bytes read elsewhere.
    public static func load(bytes: [UInt8], path: String) throws(LoadError) -> Loaded {
        let root: Node
        do {
            root = try YAMLParser.parse(bytes)
        } catch {
            throw .invalidYAML(path: path, error)
        }
        let (config, problems) = decode(root, path: path)
        return Loaded(path: path, bytes: bytes, config: config, problems: problems)
    }

    /// Decodes a loaded `dataset.yaml`. Problems with its fields come back as
    /// messages with positions, for the caller to report; decoding never fails outright.
    public static func decode(_ root: Node, path: String) -> (DatasetConfig, [SchemaProblem]) {
        var problems = SchemaChecker.check(root, against: CaseSchema.dataset)
        var domains: [Domain] = []
        for pair in root["domains"]?.mapping ?? [] {
            guard let id = pair.key.scalar?.text else { continue }
            let zh = CaseDecoder.text(pair.value["zh"])?.value ?? id
            domains.append(Domain(id: id, zhLabel: zh))
        }
        if root["domains"]?.mapping?.isEmpty == true, let node = root["domains"] {
            problems.append(SchemaProblem(.emptyText, "domains lists no domain", at: node.start))
        }
        let config = DatasetConfig(
            name: CaseDecoder.text(root["name"])?.value,
            version: CaseDecoder.text(root["version"])?.value,
            language: CaseDecoder.text(root["language"])?.value,
            turnsPerCase: CaseDecoder.integer(root["turns_per_case"])?.value,
            domains: domains,
            path: path)
        return (config, problems)
    }
}
