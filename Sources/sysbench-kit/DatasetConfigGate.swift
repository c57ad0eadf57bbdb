import ArgumentParser
import Foundation
import SysBenchCore
import SysBenchLint

/// The one rule for `dataset.yaml` in every command that reads a dataset folder
/// (`lint`, `build`, `stats`, `export`, `new`): when the folder has none, the SysBench
/// defaults apply (the 22 domains, any language, any turn count), exactly as in `lint`;
/// when it has one, it is checked by the case rules and every problem is printed at
/// once in the lint format, and an error stops the command with exit status 1.
enum DatasetConfigGate {
    /// Reads and checks `folder`/dataset.yaml; nil when there is none. Warnings are
    /// printed and the command goes on; with errors it says that `refusal` happened
    /// ("nothing was built") and exits 1.
    static func load(folder: String, refusal: String) throws -> DatasetConfigLoader.Loaded? {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let path = trimmed + "/" + DatasetConfigLoader.fileName
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let checked: DatasetConfigChecker.Checked
        do {
            checked = try DatasetConfigChecker.check(path: path)
        } catch {
            throw Terminal.fail(error)
        }
        let reporter = TextReporter()
        let text = reporter.report(checked.file)
        if !text.isEmpty { printError(text) }
        guard !checked.hasErrors, let loaded = checked.loaded else {
            let errors = checked.file.diagnostics.filter { $0.severity == .error }.count
            printError("error: \(errors) error\(errors == 1 ? "" : "s") in \(path); \(refusal)")
            throw ExitCode(1)
        }
        return loaded
    }

    /// Whether `path` is a folder (a dataset), not a release file.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
