import Foundation

/// The case files to check and the `dataset.yaml` that governs them.
public struct DatasetGroup: Sendable {
    /// The `dataset.yaml` found for these files, or nil when none was found (the
    /// SysBench defaults then apply).
    public var configPath: String?
    /// Case files, sorted by file name so that output follows case ids.
    public var files: [String]
}

/// Finds case files under the paths given on the command line and the `dataset.yaml`
/// for each: in the folder given, or in the nearest parent folder of a file.
public enum DatasetLocator {
    /// Why the paths could not be turned into a list of files.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Groups the case files under `paths` by the `dataset.yaml` that governs them.
    /// Folders are searched recursively for `*.yaml` and `*.yml`, skipping hidden
    /// folders and `dataset.yaml` itself; a file named directly is taken as it is.
    public static func locate(_ paths: [String]) throws(Failure) -> [DatasetGroup] {
        var groups: [String: [String]] = [:]
        var order: [String] = []
        let noConfig = ""
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Failure(description: "\(path): no such file or folder")
            }
            let files = isDirectory.boolValue ? caseFiles(under: path) : [path]
            let configFolder = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
            let config = findConfig(startingAt: configFolder) ?? noConfig
            if groups[config] == nil { order.append(config) }
            groups[config, default: []].append(contentsOf: files)
        }
        return order.map { key in
            // Keys computed once: NSString path work inside the comparison dominated
            // the time of listing 10,000 files.
            let files = Array(Set(groups[key] ?? []))
                .map { (name: Substring($0.split(separator: "/").last ?? Substring($0)), path: $0) }
                .sorted { $0.name == $1.name ? $0.path < $1.path : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
                .map(\.path)
            return DatasetGroup(configPath: key.isEmpty ? nil : key, files: files)
        }
    }

    /// Case files sort by file name (the case id), then by path for a stable order.
    static func byFileName(_ a: String, _ b: String) -> Bool {
        let (nameA, nameB) = ((a as NSString).lastPathComponent, (b as NSString).lastPathComponent)
        return nameA == nameB ? a < b : nameA.utf8.lexicographicallyPrecedes(nameB.utf8)
    }

    /// Walks the folder with POSIX calls: Foundation's enumerator and its URL resource
    /// values cost more than parsing the files when a dataset holds thousands of cases.
    private static func caseFiles(under folder: String) -> [String] {
        var files: [String] = []
        var pending = [folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder]
        while let current = pending.popLast() {
            guard let directory = opendir(current) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = current + "/" + name
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    pending.append(path)
                } else if (info.st_mode & S_IFMT) == S_IFREG, name != DatasetConfigLoader.fileName,
                          name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    files.append(path)
                }
            }
        }
        return files
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
