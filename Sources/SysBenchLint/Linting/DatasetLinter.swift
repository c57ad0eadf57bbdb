public import SysBenchCore
import YAMLSource

/// Lints the case files of one dataset, one file at a time. Cross-file rules keep only
/// ids and first positions between files, so memory does not grow with file sizes.
public struct DatasetLinter {
    /// The dataset's configuration every case is checked against.
    public let config: DatasetConfig
    private let caseRules: [any CaseRule]
    private var datasetRules: [any DatasetRule]

    /// Makes a linter with every registered rule.
    public init(config: DatasetConfig) {
        self.config = config
        self.caseRules = RuleRegistry.caseRules.map { $0.init() }
        self.datasetRules = RuleRegistry.datasetRules.map { $0.init() }
    }

    /// Lints one case file given as bytes; `file` is how it is named in diagnostics.
    public mutating func lint(file: String, bytes: [UInt8]) -> LintedFile {
        let loaded: Result<Node, YAMLLoadError>
        do {
            loaded = .success(try YAMLParser.parse(bytes))
        } catch {
            loaded = .failure(error)
        }
        return lint(file: file, bytes: bytes, loaded: loaded)
    }

    /// Lints a case file its caller has already loaded, so a file is parsed once when
    /// linting is part of a larger pass (`build` lints each case as it reads it).
    public mutating func lint(file: String, bytes: [UInt8], loaded: Result<Node, YAMLLoadError>) -> LintedFile {
        var sink = DiagnosticSink(file: file)
        let isCase = check(file: file, sourceSize: bytes.count, loaded: loaded, into: &sink)
        return LintedFile(path: file, source: bytes, diagnostics: sink.sorted, isCase: isCase)
    }

    /// Runs every check; returns whether the file loaded as a case.
    private mutating func check(file: String, sourceSize: Int, loaded: Result<Node, YAMLLoadError>, into sink: inout DiagnosticSink) -> Bool {
        let root: Node
        do {
            root = try loaded.get()
        } catch {
            for problem in error.errors {
                let rule = RuleRegistry.yamlRuleByKind[problem.kind] ?? YAMLSyntaxRule.description
                sink.report(rule, at: problem.mark, Self.message(of: problem))
            }
            return false
        }
        guard root.mapping != nil else {
            sink.report(SchemaWrongKindRule.description, at: root.start,
                        "a case file must be a mapping of fields (id, domain, mode, system, turns …), found \(root.kindDescription)")
            return false
        }
        for problem in SchemaChecker.check(root, against: CaseSchema.case) {
            let rule = RuleRegistry.schemaRuleByKind[problem.kind] ?? SchemaWrongKindRule.description
            sink.report(rule, at: problem.mark, problem.message)
        }
        let testCase = CaseDecoder.decode(root)
        let context = CaseContext(file: file, baseName: Self.baseName(of: file), config: config, sourceSize: sourceSize)
        for rule in caseRules {
            rule.check(testCase, in: context, into: &sink)
        }
        for index in datasetRules.indices {
            datasetRules[index].observe(testCase, in: context, into: &sink)
        }
        return true
    }

    /// The loader's message with libyaml's context, which says what it was reading.
    static func message(of error: YAMLError) -> String {
        guard let context = error.context else { return error.message }
        return "\(error.message) (\(context)" + (error.contextMark.map { " at \($0)" } ?? "") + ")"
    }

    /// The file name without its folders and its `.yaml` or `.yml` extension.
    static func baseName(of path: String) -> String {
        var name = Substring(path)
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) { name = path[path.utf8.index(after: slash)...] }
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            name = name.dropLast(suffix.count)
            break
        }
        return String(name)
    }
}
