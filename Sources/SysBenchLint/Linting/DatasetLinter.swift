public import KitSupport
public import SysBenchCore
import YAMLSource

/// Lints the case files of one dataset, one file at a time. Cross-file rules keep only
/// ids and first positions between files, so memory does not grow with file sizes.
///
/// Linting a file has two steps: `checker` runs the checks that need the file alone
/// (and may run on any thread), then `finish` runs the cross-file rules, in file order.
public struct DatasetLinter {
    /// The dataset's configuration every case is checked against.
    public var config: DatasetConfig { checker.config }
    /// The per-file checks, which worker threads may share.
    public let checker: CaseChecker
    private var datasetRules: [any DatasetRule]
    /// The files finished so far, in order (or the whole list, when the caller knew it).
    private var files: PathList
    private var finished = 0

    /// Makes a linter with every registered rule. `files`, when the caller has the list,
    /// is the order the files will be finished in; the linter then shares it instead of
    /// keeping a second list.
    public init(config: DatasetConfig, files: PathList = PathList()) {
        self.checker = CaseChecker(config: config)
        self.datasetRules = RuleRegistry.datasetRules.map { $0.init() }
        self.files = files
    }

    /// Lints one case file given as bytes; `file` is how it is named in diagnostics.
    public mutating func lint(file: String, bytes: [UInt8]) -> LintedFile {
        finish(Self.check(file: file, bytes: bytes, with: checker))
    }

    /// Lints a case file its caller has already loaded, so a file is parsed once when
    /// linting is part of a larger pass.
    public mutating func lint(file: String, bytes: [UInt8], loaded: Result<Node, YAMLLoadError>) -> LintedFile {
        finish(checker.check(file: file, bytes: bytes, loaded: loaded))
    }

    /// Loads and checks one file on its own: the part of linting that may run on any thread.
    public static func check(file: String, bytes: [UInt8], with checker: CaseChecker) -> CheckedFile {
        let loaded: Result<Node, YAMLLoadError>
        do {
            loaded = .success(try YAMLParser.parse(bytes))
        } catch {
            loaded = .failure(error)
        }
        return checker.check(file: file, bytes: bytes, loaded: loaded)
    }

    /// Runs the cross-file rules on a file `checker` has checked; files must come in
    /// the order they are linted in. Returns the file's findings in source order.
    public mutating func finish(_ file: CheckedFile) -> LintedFile {
        var sink = file.sink
        let number = finished
        finished += 1
        if number == files.count {
            // No list was announced, or it ran out: this linter keeps its own.
            files.append(file.path)
        } else if files[number] != file.path {
            // Not the list the caller announced: keep an own one from here.
            var own = PathList(files.prefix(number))
            own.append(file.path)
            files = own
        }
        if let (testCase, found) = file.loadedCase {
            var context = found
            context.files = files
            context.fileNumber = number
            for index in datasetRules.indices {
                datasetRules[index].observe(testCase, in: context, into: &sink)
            }
        }
        return LintedFile(path: file.path, source: file.source, diagnostics: sink.sorted, isCase: file.loadedCase != nil)
    }

    /// The loader's message with libyaml's context, which says what it was reading.
    static func message(of error: YAMLError) -> String {
        guard let context = error.context else { return error.message }
        return "\(error.message) (\(context)" + (error.contextMark.map { " at \($0)" } ?? "") + ")"
    }

    /// The file name without its folders and its `.yaml` or `.yml` extension.
    /// By bytes, as `PathList` finds a file's stem, and at a tenth of the cost of
    /// comparing characters (this runs on every file).
    static func baseName(of path: String) -> String {
        let bytes = path.utf8
        var start = bytes.startIndex
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { start = bytes.index(after: slash) }
        var end = bytes.endIndex
        for suffix in [".yaml", ".yml"] {
            let name = bytes[start..<end]
            if name.count >= suffix.utf8.count, name.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
                end = bytes.index(end, offsetBy: -suffix.utf8.count)
                break
            }
        }
        return String(path[start..<end])
    }
}
