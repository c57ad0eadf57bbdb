import Foundation

/// One run argument of `score` or `report`: `PATH`, or `NAME=PATH` to name the run.
///
/// An argument is read as `NAME=PATH` when it holds a `=` with a non-empty part before
/// it that has no `/`, unless the whole argument is itself an existing file or folder.
/// So `base=runs/a` names the run `base`, while `runs/x=1/out.jsonl` and an existing
/// file `a=b.jsonl` stay paths.
public struct RunArgument: Sendable, Hashable {
    /// The name given, or nil to use the run's own model name.
    public var name: String?
    /// The file or folder to read.
    public var path: String

    /// Creates an argument.
    public init(name: String?, path: String) {
        self.name = name
        self.path = path
    }

    /// Parses `argument`; `exists` says whether a path exists (the file system by default).
    public init(parsing argument: String, exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) {
        guard !exists(argument), let equals = argument.firstIndex(of: "=") else {
            self.init(name: nil, path: argument)
            return
        }
        let name = String(argument[..<equals])
        guard !name.isEmpty, !name.contains("/") else {
            self.init(name: nil, path: argument)
            return
        }
        self.init(name: name, path: String(argument[argument.index(after: equals)...]))
    }
}
