import Foundation
import SysBenchCore

/// Recognises the inputs `run --dataset` is most often given by mistake — a dataset
/// folder and the upstream SysBench release (one JSON array) — and says what it wants
/// instead: the `sysbench.jsonl` that `build` writes.
///
/// A folder is not built in memory: the run records the hash of the file it was
/// started on so that a resume can prove it asks the same questions, and a file on
/// disk is what makes that hash mean something to the user.
enum DatasetInputKind {
    /// What `--dataset` expects, the end of every message here.
    static let expected = "run --dataset expects the \(Manifest.recordsFileName) that `sysbench-kit build` writes"

    /// Refuses a folder, pointing at the release inside it when there is one.
    static func checkNotAFolder(_ path: String) throws(RunError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let inside = URL(fileURLWithPath: path).appendingPathComponent(Manifest.recordsFileName).path
        if FileManager.default.fileExists(atPath: inside) {
            throw RunError.dataset(path: path, line: nil, message: "is a folder; did you mean --dataset \(inside)? (\(expected))")
        }
        throw RunError.dataset(
            path: path, line: nil,
            message: "is a folder; \(expected) (for a dataset folder: `sysbench-kit build \(path) --out DIR`)")
    }

    /// Refuses a file whose first character opens a JSON array: the SysBench release
    /// layout, which `import` turns into a dataset.
    static func checkNotASysBenchRelease(_ data: Data, path: String) throws(RunError) {
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        guard first == UInt8(ascii: "[") else { return }
        throw RunError.dataset(
            path: path, line: nil,
            message: "holds a JSON array, like the SysBench release; \(expected) "
                + "(for a SysBench release: `sysbench-kit import` it, then `build`)")
    }
}
