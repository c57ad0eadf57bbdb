import KitSupport
public import SysBenchCore
import YAMLSource

/// Checks a `dataset.yaml` by the rules a case is checked by: its YAML, its fields
/// (schema rules) and its language (`language-unknown`), every problem at once, as
/// diagnostics a reporter prints in the lint format.
public enum DatasetConfigChecker {
    /// What checking a `dataset.yaml` found.
    public struct Checked: Sendable {
        /// The file's findings, for a reporter; it is not a case.
        public var file: LintedFile
        /// The file as loaded, when it parsed (even with problems in its fields).
        public var loaded: DatasetConfigLoader.Loaded?

        /// Whether any finding is an error: the cases must then not be checked against it.
        public var hasErrors: Bool { file.diagnostics.contains { $0.severity == .error } }
    }

    /// Reads and checks the `dataset.yaml` at `path`. Throws only when it cannot be read.
    public static func check(path: String) throws(LintFailure) -> Checked {
        do {
            return check(bytes: try FileReader.bytes(atPath: path), path: path)
        } catch {
            throw LintFailure(error.description)
        }
    }

    /// Checks `dataset.yaml` bytes read elsewhere; `path` names the file in diagnostics.
    public static func check(bytes: [UInt8], path: String) -> Checked {
        var sink = DiagnosticSink(file: path)
        let loaded: DatasetConfigLoader.Loaded?
        do {
            loaded = try DatasetConfigLoader.load(bytes: bytes, path: path)
        } catch {
            switch error {
            case .invalidYAML(_, let yaml):
                for problem in yaml.errors {
                    let rule = RuleRegistry.yamlRuleByKind[problem.kind] ?? YAMLSyntaxRule.description
                    sink.report(rule, at: problem.mark, DatasetLinter.message(of: problem))
                }
            case .unreadable(let failure):
                sink.report(YAMLSyntaxRule.description, at: Mark.start, failure.description)
            }
            return Checked(file: LintedFile(path: path, source: bytes, diagnostics: sink.sorted, isCase: false), loaded: nil)
        }
        if let loaded {
            for problem in loaded.problems {
                let rule = RuleRegistry.schemaRuleByKind[problem.kind] ?? SchemaWrongKindRule.description
                sink.report(rule, at: problem.mark, problem.message)
            }
            if let root = try? YAMLParser.parse(bytes), let language = CaseDecoder.text(root["language"]) {
                LanguageUnknownRule.check(language, into: &sink)
            }
        }
        return Checked(file: LintedFile(path: path, source: bytes, diagnostics: sink.sorted, isCase: false), loaded: loaded)
    }
}
