internal import Crypto
import YAMLSource

/// Builds a release from a dataset folder: `sysbench.jsonl` and `manifest.json`.
///
/// It streams. Case files are read one at a time in file-name order (which is id order,
/// since each id equals its file name), each record is appended to a temporary file as
/// soon as it is made, and only counts and hashes are kept, so memory stays flat
/// whatever the number of cases. Both files appear by rename at the very end: an
/// interrupted or refused build leaves the previous release untouched.
public struct ReleaseBuilder {
    /// The dataset folder (holding `dataset.yaml` and the case files).
    public var datasetPath: String
    /// Where the release is written; created when missing.
    public var outputPath: String
    /// Checks each case as it is read; nil builds without checks beyond what a record needs.
    public var validator: (any CaseValidator)?

    /// A builder for `datasetPath` writing into `outputPath`.
    public init(datasetPath: String, outputPath: String, validator: (any CaseValidator)? = nil) {
        self.datasetPath = datasetPath
        self.outputPath = outputPath
        self.validator = validator
    }

    /// Builds the release and returns its manifest.
    public mutating func build() throws(ReleaseBuildError) -> Manifest {
        let folder = datasetPath.hasSuffix("/") ? String(datasetPath.dropLast()) : datasetPath
        let configPath = folder + "/" + DatasetConfigLoader.fileName
        let configBytes: [UInt8]
        do {
            configBytes = try FileReader.bytes(atPath: configPath)
        } catch {
            throw .unreadable("\(configPath): cannot read: \(error.reason) (is \(folder) a dataset folder?)")
        }
        let config: DatasetConfig
        do {
            config = DatasetConfigLoader.decode(try YAMLParser.parse(configBytes), path: configPath).0
        } catch {
            throw .invalidCase(path: configPath, message: error.description)
        }

        let files = try Self.caseFiles(in: folder)
        try FileSystem.makeFolder(outputPath)
        let jsonl: AtomicFileWriter
        do {
            jsonl = try AtomicFileWriter(path: outputPath + "/" + Manifest.recordsFileName)
        } catch {
            throw .unwritable(error.description)
        }
        var sources: [(path: String, sha256: String)] = [
            (DatasetConfigLoader.fileName, Self.hex(SHA256.hash(data: configBytes))),
        ]
        var jsonlHash = SHA256()
        var jsonlBytes = 0
        var counts = ReleaseCounts()
        var errors = 0
        var previousId: String?
        var line: [UInt8] = []

        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try FileReader.bytes(atPath: file)
            } catch {
                throw .unreadable(error.description)
            }
            sources.append((Self.relative(file, to: folder), Self.hex(SHA256.hash(data: bytes))))
            let root: Node
            do {
                root = try YAMLParser.parse(bytes)
            } catch {
                if validator != nil {
                    errors += validator?.check(path: file, bytes: bytes, root: nil, loadError: error, config: config) ?? 0
                    continue
                }
                throw .invalidCase(path: file, message: error.errors.first.map { "\($0)" } ?? "not valid YAML")
            }
            if validator != nil {
                errors += validator?.check(path: file, bytes: bytes, root: root, loadError: nil, config: config) ?? 0
            }
            if errors > 0 { continue }
            let record: ReleaseRecord
            do {
                record = try ReleaseRecord(case: CaseDecoder.decode(root), defaultLanguage: config.language)
            } catch {
                throw .invalidCase(path: file, message: error.message)
            }
            if let previousId, !ReleaseCounts.byteOrder(previousId, record.id) {
                throw .order("\(file): case id '\(record.id)' does not sort after '\(previousId)': ids must be unique and equal to their file names")
            }
            previousId = record.id
            counts.add(record)
            line.removeAll(keepingCapacity: true)
            JSONWriter.write(record.json, into: &line)
            line.append(0x0A)
            jsonlBytes += line.count
            line.withUnsafeBytes { jsonlHash.update(bufferPointer: $0) }
            do {
                try jsonl.write(line)
            } catch {
                throw .unwritable(error.description)
            }
        }
        if validator != nil {
            errors += validator?.finish(config: config) ?? 0
        }
        if errors > 0 {
            jsonl.abandon()
            throw .lintErrors(errors)
        }

        let manifest = Manifest(
            datasetName: config.name, datasetVersion: config.version, toolVersion: ToolVersion.current,
            counts: counts, recordsBytes: jsonlBytes, recordsSHA256: Self.hex(jsonlHash.finalize()),
            sources: sources)
        do {
            let manifestFile = try AtomicFileWriter(path: outputPath + "/" + Manifest.fileName)
            try manifestFile.write(manifest.text)
            try jsonl.commit()
            try manifestFile.commit()
        } catch {
            throw .unwritable(error.description)
        }
        return manifest
    }

    /// The case files of the dataset, in id order: sorted by file name without its
    /// extension, byte by byte. (Sorting whole names would put `a-b.yaml` before
    /// `a.yaml`, since `-` sorts before `.`, while id `a` sorts before `a-b`.)
    static func caseFiles(in folder: String) throws(ReleaseBuildError) -> [String] {
        let groups: [DatasetGroup]
        do {
            groups = try DatasetLocator.locate([folder])
        } catch {
            throw .unreadable(error.description)
        }
        let files = groups.flatMap(\.files)
        return files.map { (stem(of: $0), $0) }
            .sorted { $0.0 == $1.0 ? ReleaseCounts.byteOrder($0.1, $1.1) : ReleaseCounts.byteOrder($0.0, $1.0) }
            .map(\.1)
    }

    static func stem(of path: String) -> String {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: ".") { name = name[..<dot] }
        return String(name)
    }

    static func relative(_ path: String, to folder: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
