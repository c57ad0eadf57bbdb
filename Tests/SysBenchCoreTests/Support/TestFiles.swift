import Foundation

/// Paths and scratch folders for tests.
enum TestFiles {
    /// The package root, found from this file's path (Tests/SysBenchCoreTests/Support/…).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The real SysBench release, beside the project (`../shared/sysbench/…`).
    static let sysbenchRelease = packageRoot + "/../shared/sysbench/system_benchmark_eval_datas.json"

    /// The project's example dataset.
    static let exampleDataset = packageRoot + "/dataset"

    /// A new empty folder under the system's temporary folder.
    static func scratch(_ name: String = #function) throws -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "sysbench-kit-tests-\(safe)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
