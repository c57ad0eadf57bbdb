public import YAMLSource

/// The seam through which `build` refuses a dataset with errors.
///
/// The release builder reads each case once; a validator sees every file as it is
/// read (bytes and, when it parsed, its tree) and once more at the end for checks that
/// span files. Reporting is the validator's own business: it answers only whether
/// errors were found. The linter plugs in here; the builder itself knows no rules.
public protocol CaseValidator {
    /// Checks one case file. `root` is nil when the file did not load as YAML; `error`
    /// then says why. Returns the number of errors found.
    mutating func check(path: String, bytes: [UInt8], root: Node?, loadError: YAMLLoadError?, config: DatasetConfig) -> Int
    /// Checks across all the files seen. Returns the number of errors found.
    mutating func finish(config: DatasetConfig) -> Int
}
