import Foundation
import KitSupport
import YAMLSource

/// Loads records from whatever the user points at: a dataset folder (its case files,
/// resolved as `build` would, without linting), a release `sysbench.jsonl`, or a
/// SysBench release `.json` file (converted as `import` would).
public enum RecordSource {
    /// Why nothing could be loaded: a file (and place in it, when known) and a message.
    public typealias Failure = ToolError

    /// Records and, when known, the dataset description that goes with them.
    public struct Loaded: Sendable {
        public var records: [ReleaseRecord]
        /// From the dataset's `dataset.yaml`, or the import's for a SysBench file; nil for JSONL.
        public var config: DatasetConfig?
    }

    /// Loads `path`, deciding by what it is: a folder, `*.jsonl`, or `*.json`. A folder's
    /// `config`, when given, was read and checked by the caller.
    public static func load(_ path: String, config: DatasetConfig? = nil) throws(Failure) -> Loaded {
        if isFolder(path) { return try dataset(path, config: config) }
        if !FileManager.default.fileExists(atPath: path) { throw Failure(file: path, message: "no such file or folder") }
        if path.hasSuffix(".jsonl") { return Loaded(records: try jsonl(path), config: nil) }
        if path.hasSuffix(".json") {
            do {
                let result = Upstream.Importer.convert(try Upstream.Importer.sessions(atPath: path))
                return Loaded(records: result.records, config: result.config)
            } catch {
                throw error
            }
        }
        throw Failure(file: path, message: "expected a dataset folder, a .jsonl release or a SysBench .json file")
    }

    /// The records of a dataset folder's case files, in id order; `config` is its
    /// `dataset.yaml` when the caller has read it.
    public static func dataset(_ folder: String, config given: DatasetConfig? = nil) throws(Failure) -> Loaded {
        let trimmed = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let configPath = trimmed + "/" + DatasetConfigLoader.fileName
        var config = given ?? .sysbenchDefault
        // No dataset.yaml: the SysBench defaults apply, as in `lint`.
        if given == nil, FileSystem.exists(configPath) {
            do throws(DatasetConfigLoader.LoadError) {
                config = try DatasetConfigLoader.load(path: configPath).config
            } catch {
                switch error {
                case .unreadable(let failure): throw Failure(file: failure.path, message: "cannot read: \(failure.reason)")
                case .invalidYAML(_, let yaml): throw Self.failure(yaml, in: configPath)
                }
            }
        }
        let files: PathList
        do {
            files = try ReleaseBuilder.caseFiles(in: trimmed)
        } catch {
            throw error.toolErrors.first ?? Failure(file: trimmed, message: error.description)
        }
        var records: [ReleaseRecord] = []
        for file in files {
            do {
                let root = try YAMLParser.parse(try FileReader.bytes(atPath: file))
                records.append(try ReleaseRecord(case: CaseDecoder.decode(root), defaultLanguage: config.language))
            } catch let error as FileReader.Failure {
                throw Failure(file: error.path, message: "cannot read: \(error.reason)")
            } catch let error as YAMLLoadError {
                throw Self.failure(error, in: file)
            } catch {
                throw Failure(file: file, message: "\(error)")
            }
        }
        return Loaded(records: records, config: config)
    }

    /// The records of a `sysbench.jsonl` release, one per line (``ReleaseJSONL``).
    public static func jsonl(_ path: String) throws(Failure) -> [ReleaseRecord] {
        do {
            return try ReleaseJSONL.load(path: path)
        } catch {
            throw error.toolErrors.first ?? Failure(file: path, message: error.description)
        }
    }

    /// The first YAML error of `file` as a located failure.
    private static func failure(_ error: YAMLLoadError, in file: String) -> Failure {
        guard let first = error.errors.first else { return Failure(file: file, message: "invalid YAML") }
        return Failure(file: file, line: first.mark.line, column: first.mark.column, message: first.message)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
