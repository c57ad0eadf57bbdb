public import KitSupport
public import YAMLSource

/// The seam through which `build` refuses a dataset with errors.
///
/// The release builder reads, parses and decodes each case once, several files at a
/// time, and shows each file to the validator in two steps. Its `Inspector` looks at
/// one file alone, on worker threads, files in any order; `check` then takes what the
/// inspector found, on the builder's thread and in file order, for checks that span
/// files and for reporting. `finish` runs once at the end. Reporting is the
/// validator's own business: it answers only how many errors were found. The linter
/// plugs in here; the builder itself knows no rules.
public protocol CaseValidator {
    /// The part that needs one file only, shared by the worker threads.
    associatedtype Inspector: CaseInspector

    /// The inspector for a dataset described by `config`, whose files will be checked in
    /// the order of `files`; asked once, before any file.
    mutating func inspector(config: DatasetConfig, files: PathList) -> Inspector
    /// Finishes checking one file, given what the inspector found. Called in file
    /// order. Returns the number of errors found in the file.
    mutating func check(path: String, findings: Inspector.Findings) -> Int
    /// Checks across all the files seen. Returns the number of errors found.
    mutating func finish() -> Int
    /// Hears of the links named like case files that lead to no file, which the build
    /// skips. Returns the number of errors found. (Default: ignores them.)
    mutating func skipped(_ links: [BrokenLink]) -> Int
}

extension CaseValidator {
    /// Ignores broken links.
    public mutating func skipped(_ links: [BrokenLink]) -> Int { 0 }
}

/// Checks one case file on its own. It may run on any thread, for files in any order,
/// so it must not depend on other files.
public protocol CaseInspector: Sendable {
    /// What one file showed, carried to `CaseValidator.check`.
    associatedtype Findings: Sendable

    /// Checks the file at `path`. `loaded` is its tree, or why it did not load as YAML;
    /// `decoded` is `CaseDecoder.decode` of that tree, when it loaded.
    func inspect(path: String, bytes: [UInt8], loaded: Result<Node, YAMLLoadError>, decoded: Case?) -> Findings
}
