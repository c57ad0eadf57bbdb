public import YAMLSource

/// How serious a finding is. Errors fail the lint; warnings fail it only with `--strict`.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    /// A warning fails only with `--strict`; an error always fails.
    case warning, error

    /// Warnings order before errors.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One finding: where it is, which rule found it and what is wrong.
public struct Diagnostic: Sendable, Equatable {
    /// The file as it was named on the command line or found in a folder.
    public var file: String
    /// 1-based line of the node the finding is about.
    public var line: Int
    /// 1-based column, in Unicode scalars, of that node.
    public var column: Int
    /// How serious the finding is.
    public var severity: Severity
    /// The stable id of the rule, such as `case-id-slug`.
    public var rule: String
    /// What is wrong, as one sentence without a final period.
    public var message: String

    /// Makes a diagnostic.
    public init(file: String, line: Int, column: Int, severity: Severity, rule: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    /// Where the finding is, as a mark.
    public var mark: Mark { Mark(line: line, column: column) }
}
