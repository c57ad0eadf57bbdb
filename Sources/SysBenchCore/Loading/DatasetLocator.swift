import Foundation
import KitSupport

/// The case files to check and the `dataset.yaml` that governs them.
public struct DatasetGroup: Sendable {
    /// The `dataset.yaml` found for these files, or nil when none was found (the
    /// SysBench defaults then apply).
    public var configPath: String?
    /// Case files, sorted by file name so that output follows case ids.
    public var files: PathList
    /// Links named like case files that lead to no file, sorted by path: not cases,
    /// but worth a warning.
    public var brokenLinks: [BrokenLink] = []
}

/// Finds case files under the paths given on the command line and the `dataset.yaml`
/// for each: in the folder given, or in the nearest parent folder of a file.
public enum DatasetLocator {
    /// Why the paths could not be turned into a list of files.
    public struct Failure: Error, Sendable, CustomStringConvertible, ToolErrorConvertible {
        /// The path given.
        public var path: String
        /// What is wrong with it.
        public var message: String

        /// `path: message`.
        public var description: String { "\(path): \(message)" }

        /// The error as a value for the CLI to render.
        public var toolErrors: [ToolError] { [ToolError(file: path, message: message)] }
    }

    /// Groups the case files under `paths` by the `dataset.yaml` that governs them.
    /// Folders are searched recursively for `*.yaml` and `*.yml`, skipping hidden
    /// folders and `dataset.yaml` itself; a file named directly is taken as it is.
    public static func locate(_ paths: [String]) throws(Failure) -> [DatasetGroup] {
        var groups: [String: PathList] = [:]
        var broken: [String: [BrokenLink]] = [:]
        var order: [String] = []
        let noConfig = ""
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Failure(path: path, message: "no such file or folder")
            }
            let (files, links) = isDirectory.boolValue ? caseFiles(under: path) : (PathList([path]), [])
            let configFolder = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
            let config = findConfig(startingAt: configFolder) ?? noConfig
            if groups[config] == nil { order.append(config) }
            for file in files { groups[config, default: PathList()].append(file) }
            broken[config, default: []].append(contentsOf: links)
        }
        return order.map { key in
            // Case files sort by file name (the case id), then by path for a stable order.
            let files = (groups[key] ?? PathList()).sortedUnique(by: .name)
            var seen: Set<String> = []
            let links = (broken[key] ?? []).filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
            return DatasetGroup(configPath: key.isEmpty ? nil : key, files: files, brokenLinks: links)
        }
    }

    /// Walks `folder` with opendir/readdir: FileManager's enumerator with a resource
    /// lookup per file took a fifth of a 10,000-file lint. Hidden entries are skipped;
    /// symbolic links are followed to files but not into folders, so a link loop cannot
    /// make the walk endless; a link named like a case file that leads to no file is
    /// returned apart. Paths keep the form the user typed (`dataset/cases/a.yaml`).
    private static func caseFiles(under folder: String) -> (files: PathList, brokenLinks: [BrokenLink]) {
        var files = PathList()
        var brokenLinks: [BrokenLink] = []
        var pending = [folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder]
        while let current = pending.popLast() {
            guard let directory = opendir(current) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                // Under the current folder, `cases/a.yaml` rather than `./cases/a.yaml`.
                let path = current == "." ? name : current + "/" + name
                switch kind(of: entry.pointee.d_type, at: path) {
                case .folder:
                    pending.append(path)
                case .file:
                    if isCaseFileName(name) { files.append(path) }
                case .brokenLink(let problem):
                    if isCaseFileName(name) { brokenLinks.append(BrokenLink(path: path, target: linkTarget(path), problem: problem)) }
                case .other:
                    break
                }
            }
        }
        return (files, brokenLinks)
    }

    private static func isCaseFileName(_ name: String) -> Bool {
        name != DatasetConfigLoader.fileName && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
    }

    private enum EntryKind { case file, folder, brokenLink(String), other }

    private static func kind(of type: UInt8, at path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            // Follow a link to a file; ask stat on file systems that leave d_type unknown.
            var info = stat()
            guard stat(path, &info) == 0 else {
                let problem = errno
                var own = stat()
                guard lstat(path, &own) == 0, (own.st_mode & S_IFMT) == S_IFLNK else { return .other }
                switch problem {
                case ENOENT: return .brokenLink("does not exist")
                case ELOOP: return .brokenLink("leads round a loop of links")
                default: return .brokenLink("cannot be read (\(String(cString: strerror(problem))))")
                }
            }
            if (info.st_mode & S_IFMT) == S_IFREG { return .file }
            return Int32(type) == Int32(DT_UNKNOWN) && (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .other
        default: return .other
        }
    }

    /// What the link at `path` holds, or "" when it cannot be read.
    private static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
    }

    private static func findConfig(startingAt folder: String) -> String? {
        var current = URL(fileURLWithPath: folder.isEmpty ? "." : folder).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(DatasetConfigLoader.fileName)
            if FileManager.default.fileExists(atPath: candidate.path) {
                return displayPath(candidate.path)
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// A path relative to the working folder when it lies under it.
    private static func displayPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}
