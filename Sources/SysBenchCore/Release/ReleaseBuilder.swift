import KitSupport
import YAMLSource

/// Builds a release from a dataset folder: `sysbench.jsonl` and `manifest.json`.
///
/// It streams. Case files are listed in file-name order (which is id order, since each
/// id equals its file name); each is read, hashed, parsed, checked and encoded on one
/// of a few worker threads, and the results are taken in file order by a single stage
/// that runs the cross-file checks and appends each record's line to a temporary file.
/// Only counts and hashes are kept, and only a small window of files is in flight, so
/// memory stays flat whatever the number of cases, and the output is the same bytes a
/// one-file-at-a-time loop would write. Both files appear by rename at the very end: an
/// interrupted or refused build leaves the previous release untouched.
public struct ReleaseBuilder {
    /// The dataset folder (holding `dataset.yaml` and the case files).
    public var datasetPath: String
    /// Where the release is written; created when missing.
    public var outputPath: String
    /// Checks each case as it is read; nil builds without checks beyond what a record needs.
    public var validator: (any CaseValidator)?
    /// How the per-file work is spread over threads.
    public var pipeline: OrderedPipeline
    /// The dataset's `dataset.yaml` when the caller has loaded it already (as `build`
    /// does to lint it first), so it is read once; nil reads it here.
    public var config: DatasetConfigLoader.Loaded?

    /// A builder for `datasetPath` writing into `outputPath`.
    public init(datasetPath: String, outputPath: String, validator: (any CaseValidator)? = nil,
                pipeline: OrderedPipeline = OrderedPipeline(), config: DatasetConfigLoader.Loaded? = nil) {
        self.datasetPath = datasetPath
        self.outputPath = outputPath
        self.validator = validator
        self.pipeline = pipeline
        self.config = config
    }

    /// Builds the release and returns its manifest.
    public mutating func build() throws(ReleaseBuildError) -> Manifest {
        if var validator {
            defer { self.validator = validator }
            return try build(validator: &validator, validating: true)
        }
        var none = NoValidator()
        return try build(validator: &none, validating: false)
    }

    private func build<V: CaseValidator>(validator: inout V, validating: Bool) throws(ReleaseBuildError) -> Manifest {
        let folder = datasetPath.hasSuffix("/") ? String(datasetPath.dropLast()) : datasetPath
        let configPath = folder + "/" + DatasetConfigLoader.fileName
        let loaded: DatasetConfigLoader.Loaded?
        if let preloaded = self.config {
            loaded = preloaded
        } else if !FileSystem.exists(configPath) {
            // No dataset.yaml: the SysBench defaults apply, as in `lint` (README, "dataset.yaml").
            loaded = nil
        } else {
            do {
                loaded = try DatasetConfigLoader.load(path: configPath)
            } catch {
                switch error {
                case .unreadable(let failure):
                    throw .unreadable(ToolError(file: configPath, message: "cannot read: \(failure.reason) (is \(folder) a dataset folder?)"))
                case .invalidYAML(_, let yaml):
                    throw .invalidYAML(yaml, in: configPath)
                }
            }
        }
        let config = loaded?.config ?? .sysbenchDefault

        let (files, brokenLinks) = try Self.caseFilesAndLinks(in: folder)
        try FileSystem.makeFolder(outputPath)
        let jsonl: AtomicFileWriter
        do {
            jsonl = try AtomicFileWriter(path: outputPath + "/" + Manifest.recordsFileName)
        } catch {
            throw .unwritable(error.toolErrors.first ?? ToolError(message: error.description))
        }
        // Each case file's digest goes to a scratch file, in file order, to be listed in
        // the manifest at the end; held in memory, they grew the build with the dataset.
        let digests: ScratchFile
        do {
            digests = try ScratchFile(in: outputPath)
        } catch {
            throw .unwritable(error.toolErrors.first ?? ToolError(message: error.description))
        }
        var jsonlHash = SHA256Hex.Hasher()
        var jsonlBytes = 0
        var counts = ReleaseCounts()
        var errors = 0
        var previousId: String?

        let inspector = validator.inspector(config: config, files: files)
        let language = config.language
        try pipeline.run(files, work: { file in
            PreparedCase(path: file, inspector: inspector, defaultLanguage: language)
        }, consume: { (prepared: PreparedCase<V.Inspector.Findings>) throws(ReleaseBuildError) in
            let file = prepared.path
            switch prepared.read {
            case .failure(let error): throw .unreadable(error.toolErrors.first ?? ToolError(message: error.description))
            case .success(let digest):
                do throws(AtomicFileWriter.Failure) {
                    try digests.append(digest)
                } catch {
                    throw .unwritable(error.toolErrors.first ?? ToolError(message: error.description))
                }
            }
            if validating, let findings = prepared.findings {
                errors += validator.check(path: file, findings: findings)
            }
            if let loadError = prepared.loadError {
                if validating { return }
                throw .invalidYAML(loadError, in: file)
            }
            if errors > 0 { return }
            let record: ReleaseRecord
            let line: [UInt8]
            switch prepared.record {
            case .failure(let error): throw .invalidCase(ToolError(file: file, message: error.message))
            case .success(let made): (record, line) = made
            }
            if let previousId, !ReleaseCounts.byteOrder(previousId, record.id) {
                throw .order(ToolError(file: file, message: "case id '\(record.id)' does not sort after '\(previousId)': ids must be unique and equal to their file names"))
            }
            previousId = record.id
            counts.add(record)
            jsonlBytes += line.count
            jsonlHash.update(line)
            do throws(AtomicFileWriter.Failure) {
                try jsonl.write(line)
            } catch {
                throw .unwritable(error.toolErrors.first ?? ToolError(message: error.description))
            }
        })
        if validating {
            errors += validator.skipped(brokenLinks)
            errors += validator.finish()
        }
        if errors > 0 {
            jsonl.abandon()
            throw .lintErrors(errors)
        }

        let manifest = Manifest(
            datasetName: config.name, datasetVersion: config.version, toolVersion: ToolVersion.current,
            counts: counts, recordsBytes: jsonlBytes, recordsSHA256: jsonlHash.finalize(),
            sourceCount: files.count + (loaded == nil ? 0 : 1))
        do {
            let manifestFile = try AtomicFileWriter(path: outputPath + "/" + Manifest.fileName)
            try Self.writeManifest(manifest, into: manifestFile, files: files, digests: digests,
                                   folder: folder, config: loaded.map { SHA256Hex.digest($0.bytes) })
            try jsonl.commit()
            try manifestFile.commit()
        } catch {
            throw .unwritable(error.toolErrors.first ?? ToolError(message: error.description))
        }
        return manifest
    }

    /// Writes the manifest, listing `dataset.yaml` (whose digest is `config`, when there
    /// is one) and every case file with the digest `digests` holds for it, in path order.
    private static func writeManifest(_ manifest: Manifest, into file: AtomicFileWriter, files: PathList,
                                      digests: ScratchFile, folder: String, config: String?) throws(AtomicFileWriter.Failure) {
        var writer = ManifestWriter(manifest)
        try file.write(writer.head())
        var configPending = config
        for index in files.permutation(by: .path) {
            let path = relative(files[Int(index)], to: folder)
            if let digest = configPending, ReleaseCounts.byteOrder(DatasetConfigLoader.fileName, path) {
                try file.write(writer.source(path: DatasetConfigLoader.fileName, sha256: digest))
                configPending = nil
            }
            let digest = try digests.read(at: Int(index) * 32, count: 32)
            try file.write(writer.source(path: path, sha256: SHA256Hex.hex(digest)))
        }
        if let digest = configPending { try file.write(writer.source(path: DatasetConfigLoader.fileName, sha256: digest)) }
        try file.write(writer.tail())
    }

    /// The case files of the dataset, in id order: sorted by file name without its
    /// extension, byte by byte. (Sorting whole names would put `a-b.yaml` before
    /// `a.yaml`, since `-` sorts before `.`, while id `a` sorts before `a-b`.)
    static func caseFiles(in folder: String) throws(ReleaseBuildError) -> PathList {
        try caseFilesAndLinks(in: folder).files
    }

    /// The case files in id order, and the links named like case files that lead to no
    /// file (the validator hears of them: a case silently missing is worse than a warning).
    static func caseFilesAndLinks(in folder: String) throws(ReleaseBuildError) -> (files: PathList, brokenLinks: [BrokenLink]) {
        let groups: [DatasetGroup]
        do {
            groups = try DatasetLocator.locate([folder])
        } catch {
            throw .unreadable(error.toolErrors.first ?? ToolError(message: error.description))
        }
        let files = groups.count == 1 ? groups[0].files : PathList(groups.lazy.flatMap(\.files))
        return (files.sortedUnique(by: .stem), groups.flatMap(\.brokenLinks))
    }

    static func relative(_ path: String, to folder: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }

}

/// Everything `build` learns about one case file that needs no other file: made on a
/// worker thread, taken in file order.
private struct PreparedCase<Findings: Sendable>: Sendable {
    var path: String
    /// The source's SHA-256 (its 32 bytes), or why it could not be read.
    var read: Result<[UInt8], FileReader.Failure>
    /// Why the file did not load as YAML.
    var loadError: YAMLLoadError?
    /// What the validator's inspector found; nil when the file could not be read.
    var findings: Findings?
    /// The record and its JSONL line (with its line break), or what it lacks.
    var record: Result<(ReleaseRecord, [UInt8]), RecordError>

    init<I: CaseInspector>(path: String, inspector: I, defaultLanguage: String?) where I.Findings == Findings {
        self.path = path
        self.record = .failure(RecordError("not loaded"))
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(atPath: path)
        } catch {
            read = .failure(error)
            return
        }
        read = .success(SHA256Hex.rawDigest(bytes))
        let loaded: Result<Node, YAMLLoadError>
        do {
            loaded = .success(try YAMLParser.parse(bytes))
        } catch {
            loaded = .failure(error)
        }
        guard case .success(let root) = loaded else {
            if case .failure(let error) = loaded { loadError = error }
            findings = inspector.inspect(path: path, bytes: bytes, loaded: loaded, decoded: nil)
            return
        }
        let decoded = CaseDecoder.decode(root)
        findings = inspector.inspect(path: path, bytes: bytes, loaded: loaded, decoded: decoded)
        do {
            let record = try ReleaseRecord(case: decoded, defaultLanguage: defaultLanguage)
            var line: [UInt8] = []
            line.reserveCapacity(bytes.count)
            record.writeJSON(into: &line)
            line.append(0x0A)
            self.record = .success((record, line))
        } catch {
            self.record = .failure(error)
        }
    }
}

/// The validator of a build without one: it finds nothing.
private struct NoValidator: CaseValidator, CaseInspector {
    func inspector(config: DatasetConfig, files: PathList) -> NoValidator { self }
    func inspect(path: String, bytes: [UInt8], loaded: Result<Node, YAMLLoadError>, decoded: Case?) {}
    func check(path: String, findings: Void) -> Int { 0 }
    func finish() -> Int { 0 }
}
