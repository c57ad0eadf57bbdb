/// The totals of a lint run.
public struct LintSummary: Sendable, Equatable {
    /// Files looked at.
    public var files = 0
    /// Files that loaded as a case (a YAML mapping), whatever their other problems.
    public var cases = 0
    /// Findings of severity error.
    public var errors = 0
    /// Findings of severity warning.
    public var warnings = 0

    /// An empty summary.
    public init() {}

    /// Makes a summary from its counts.
    public init(files: Int, cases: Int, errors: Int, warnings: Int) {
        self.files = files
        self.cases = cases
        self.errors = errors
        self.warnings = warnings
    }

    /// Adds one file's result.
    public mutating func add(_ file: LintedFile) {
        files += 1
        if file.isCase { cases += 1 }
        for diagnostic in file.diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            }
        }
    }

    /// Whether the run fails: any error, or with `strict` any warning.
    public func fails(strict: Bool) -> Bool {
        errors > 0 || (strict && warnings > 0)
    }
}
