public import SysBenchCore

extension Linter {
    /// Lints `bytes` as `lint` would lint them as the only case file at `path` of a dataset
    /// configured by `config`: YAML loading, case decoding, the schema, every case rule and
    /// the cross-file rules. It touches no file system, so fuzzers and editors can call it.
    public static func lint(_ bytes: [UInt8], as path: String, config: DatasetConfig) -> LintedFile {
        var linter = DatasetLinter(config: config)
        return linter.lint(file: path, bytes: bytes)
    }
}
