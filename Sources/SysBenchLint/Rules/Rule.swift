public import KitSupport
public import SysBenchCore
public import YAMLSource

/// A lint rule: a stable id, a severity and examples. Adding a rule is adding one
/// file with a type conforming to one of the protocols below, plus one line in
/// `RuleRegistry`.
public protocol Rule: Sendable {
    /// The rule's id, severity, summary and examples.
    static var description: RuleDescription { get }
}

/// A rule that looks at one decoded case at a time.
public protocol CaseRule: Rule {
    /// Makes the rule; case rules hold no state.
    init()
    /// Reports what is wrong with `testCase` into `sink`.
    func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink)
}

/// A rule that looks across the files of a dataset. It sees the cases one at a time
/// and keeps only what it needs (ids and where they were first seen), so a dataset of
/// any size is checked in bounded memory; a repeat is reported where it occurs.
public protocol DatasetRule: Rule {
    /// Makes the rule with an empty memory, once per dataset.
    init()
    /// Notes `testCase` and reports what clashes with the cases seen before it.
    mutating func observe(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink)
}

/// A rule that names one kind of YAML loading problem. The loader finds these; the
/// rule gives them an id, a severity and examples.
public protocol YAMLProblemRule: Rule {
    /// The loader's problem kind this rule reports.
    static var kind: YAMLError.Kind { get }
}

/// A rule that names one kind of schema problem found by `SchemaChecker`.
public protocol SchemaProblemRule: Rule {
    /// The schema checker's problem kind this rule reports.
    static var kind: SchemaProblem.Kind { get }
}

/// What a case rule may know besides the case itself.
public struct CaseContext: Sendable {
    /// The file as displayed in diagnostics.
    public var file: String
    /// The file name without folder and extension: what the case id must equal.
    public var baseName: String
    /// The dataset's `dataset.yaml`, or the SysBench defaults.
    public var config: DatasetConfig
    /// The file's size in bytes, which bounds the length of any text in it.
    public var sourceSize: Int
    /// For dataset rules: the files linted so far, in order, this one last, so a rule can
    /// name an earlier file by its number instead of keeping its path.
    public var files = PathList()
    /// For dataset rules: this file's number in `files`.
    public var fileNumber = 0

    /// Makes a context.
    public init(file: String, baseName: String, config: DatasetConfig, sourceSize: Int) {
        self.file = file
        self.baseName = baseName
        self.config = config
        self.sourceSize = sourceSize
    }
}

/// Collects the diagnostics of one file.
public struct DiagnosticSink: Sendable {
    /// The file every diagnostic is about.
    public let file: String
    /// What was reported so far, in the order it was reported.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Makes an empty sink for `file`.
    public init(file: String) {
        self.file = file
    }

    /// Reports a finding of `rule` at `mark`, with the rule's severity.
    public mutating func report(_ rule: RuleDescription, at mark: Mark, _ message: String) {
        diagnostics.append(Diagnostic(
            file: file, line: mark.line, column: mark.column,
            severity: rule.severity, rule: rule.id, message: message))
    }

    /// Reports a finding about a located value, at its start.
    public mutating func report<Value>(_ rule: RuleDescription, at value: Located<Value>, _ message: String) {
        report(rule, at: value.start, message)
    }

    /// The diagnostics in source order; ties keep the order they were reported in.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }
}
