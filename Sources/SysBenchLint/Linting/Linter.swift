public import SysBenchCore
import YAMLSource

/// Lints case files and dataset folders from paths, streaming one file at a time.
public enum Linter {
    /// Finds the case files under `paths`, lints them dataset by dataset and hands each
    /// file's result to `report` as soon as it is done. Throws when it cannot run: a
    /// missing path, an unreadable file, or a `dataset.yaml` with errors.
    public static func run(paths: [String], report: (LintedFile) -> Void) throws(LintFailure) -> LintSummary {
        let groups: [DatasetGroup]
        do {
            groups = try DatasetLocator.locate(paths)
        } catch {
            throw LintFailure(error.description)
        }
        // Every dataset.yaml is checked before any output, so a broken one stops the run cleanly.
        let configs = try groups.map { group throws(LintFailure) in try loadConfig(at: group.configPath) }
        var summary = LintSummary()
        let pipeline = OrderedPipeline()
        for (group, config) in zip(groups, configs) {
            var linter = DatasetLinter(config: config)
            let checker = linter.checker
            // Files are read and checked on worker threads; the cross-file rules and the
            // report run here, in file order.
            try pipeline.run(group.files, work: { path -> Result<CheckedFile, FileReader.Failure> in
                do throws(FileReader.Failure) {
                    return .success(DatasetLinter.check(file: path, bytes: try FileReader.bytes(atPath: path), with: checker))
                } catch {
                    return .failure(error)
                }
            }, consume: { (checked: Result<CheckedFile, FileReader.Failure>) throws(LintFailure) in
                let file: LintedFile
                switch checked {
                case .failure(let error): throw LintFailure(error.description)
                case .success(let checked): file = linter.finish(checked)
                }
                summary.add(file)
                report(file)
            })
            for link in group.brokenLinks {
                let file = CaseFileLinkBrokenRule.lintedFile(for: link)
                summary.add(file)
                report(file)
            }
        }
        return summary
    }

    /// Reads and checks a `dataset.yaml`; nil gives the SysBench defaults. Any problem
    /// in it is a failure, since every case would be checked against a wrong list.
    public static func loadConfig(at path: String?) throws(LintFailure) -> DatasetConfig {
        guard let path else { return .sysbenchDefault }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(atPath: path)
        } catch {
            throw LintFailure(error.description)
        }
        return try decodeConfig(bytes, path: path)
    }

    /// Checks the text of a `dataset.yaml` named `path`.
    public static func decodeConfig(_ bytes: [UInt8], path: String) throws(LintFailure) -> DatasetConfig {
        let root: Node
        do {
            root = try YAMLParser.parse(bytes)
        } catch {
            throw LintFailure(error.errors.map { "\(path):\($0.mark): error: \(DatasetLinter.message(of: $0))" }.joined(separator: "\n"))
        }
        let (config, problems) = DatasetConfigLoader.decode(root, path: path)
        guard problems.isEmpty else {
            throw LintFailure(problems.map { "\(path):\($0.mark): error: \($0.message)" }.joined(separator: "\n"))
        }
        return config
    }
}
