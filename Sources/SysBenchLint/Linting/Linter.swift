import KitSupport
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
            throw LintFailure(error.toolErrors)
        }
        var summary = LintSummary()
        let pipeline = OrderedPipeline()
        for group in groups {
            // dataset.yaml is checked like a case and reported first; with errors in it the
            // group's cases are not linted, since each would be checked against a wrong list.
            var config = DatasetConfig.sysbenchDefault
            if let path = group.configPath {
                let checked = try DatasetConfigChecker.check(path: path)
                if !checked.file.diagnostics.isEmpty {
                    summary.add(checked.file)
                    report(checked.file)
                }
                guard !checked.hasErrors, let loaded = checked.loaded else { continue }
                config = loaded.config
            }
            var linter = DatasetLinter(config: config, files: group.files)
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
                case .failure(let error): throw LintFailure(error.toolErrors)
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
        return try loadCheckedConfig(at: path).config
    }

    /// Reads `dataset.yaml` once through Core's loader and fails on any problem in it;
    /// `build` hands the result on to the release builder.
    public static func loadCheckedConfig(at path: String) throws(LintFailure) -> DatasetConfigLoader.Loaded {
        let loaded: DatasetConfigLoader.Loaded
        do {
            loaded = try DatasetConfigLoader.load(path: path)
        } catch {
            switch error {
            case .unreadable(let failure): throw LintFailure(failure.toolErrors)
            case .invalidYAML(_, let yaml): throw yamlFailure(yaml, path: path)
            }
        }
        try check(loaded.problems, path: path)
        return loaded
    }

    /// Checks the text of a `dataset.yaml` named `path`.
    public static func decodeConfig(_ bytes: [UInt8], path: String) throws(LintFailure) -> DatasetConfig {
        let loaded: DatasetConfigLoader.Loaded
        do {
            loaded = try DatasetConfigLoader.load(bytes: bytes, path: path)
        } catch {
            switch error {
            case .unreadable(let failure): throw LintFailure(failure.toolErrors)
            case .invalidYAML(_, let yaml): throw yamlFailure(yaml, path: path)
            }
        }
        try check(loaded.problems, path: path)
        return loaded.config
    }

    private static func yamlFailure(_ error: YAMLLoadError, path: String) -> LintFailure {
        LintFailure(error.errors.map {
                ToolError(file: path, line: $0.mark.line, column: $0.mark.column, message: DatasetLinter.message(of: $0))
            })
    }

    private static func check(_ problems: [SchemaProblem], path: String) throws(LintFailure) {
        guard problems.isEmpty else {
            throw LintFailure(problems.map {
                ToolError(file: path, line: $0.mark.line, column: $0.mark.column, message: $0.message)
            })
        }
    }
}
