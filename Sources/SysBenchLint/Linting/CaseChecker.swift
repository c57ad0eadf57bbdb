public import SysBenchCore
public import YAMLSource

/// The checks of one case file that need no other file: YAML loading problems, the
/// schema and every case rule. It holds no state, so worker threads share it; the
/// cross-file rules then run in file order in `DatasetLinter.finish`.
public struct CaseChecker: Sendable {
    /// The dataset's configuration every case is checked against.
    public let config: DatasetConfig
    private let caseRules: [any CaseRule]

    /// Makes a checker with every registered case rule.
    public init(config: DatasetConfig) {
        self.config = config
        self.caseRules = RuleRegistry.caseRules.map { $0.init() }
    }

    /// Checks one file; `file` is how it is named in diagnostics. `loaded` is its tree
    /// or why it did not load; `decoded`, when given, must be `CaseDecoder.decode` of
    /// that tree (a caller that decoded it already saves decoding it twice).
    public func check(file: String, bytes: [UInt8], loaded: Result<Node, YAMLLoadError>, decoded: Case? = nil) -> CheckedFile {
        var checked = CheckedFile(path: file, source: bytes, sink: DiagnosticSink(file: file))
        let root: Node
        do {
            root = try loaded.get()
        } catch {
            for problem in error.errors {
                let rule = RuleRegistry.yamlRuleByKind[problem.kind] ?? YAMLSyntaxRule.description
                checked.sink.report(rule, at: problem.mark, DatasetLinter.message(of: problem))
            }
            return checked
        }
        guard root.mapping != nil else {
            checked.sink.report(SchemaWrongKindRule.description, at: root.start,
                                "a case file must be a mapping of fields (id, domain, mode, system, turns …), found \(root.kindDescription)")
            return checked
        }
        for problem in SchemaChecker.check(root, against: CaseSchema.case) {
            let rule = RuleRegistry.schemaRuleByKind[problem.kind] ?? SchemaWrongKindRule.description
            checked.sink.report(rule, at: problem.mark, problem.message)
        }
        let testCase = decoded ?? CaseDecoder.decode(root)
        let context = CaseContext(file: file, baseName: DatasetLinter.baseName(of: file), config: config, sourceSize: bytes.count)
        for rule in caseRules {
            rule.check(testCase, in: context, into: &checked.sink)
        }
        checked.loadedCase = (testCase, context)
        return checked
    }
}

/// A file `CaseChecker` has checked, waiting for the cross-file rules.
public struct CheckedFile: Sendable {
    /// The file as displayed in diagnostics.
    public var path: String
    /// The file's bytes, for reporters that quote the source line.
    public var source: [UInt8]
    /// What the per-file checks found, in the order they found it.
    var sink: DiagnosticSink
    /// The case and its context, when the file loaded as a case (a YAML mapping).
    var loadedCase: (Case, CaseContext)?
}
