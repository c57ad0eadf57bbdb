import Foundation

/// Runs the built `sysbench-kit` binary and collects what it printed.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, from this file's path (Tests/CLITests/Support/CLI.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The binary built beside this test bundle, so a sanitizer build in its own scratch
    /// path (`make sanitize`) runs its own binary; `.build/debug` otherwise.
    static let binary: String = {
        let beside = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("sysbench-kit").path
        if let beside, FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return packageRoot + "/.build/debug/sysbench-kit"
    }()
    static let sysbenchRelease = packageRoot + "/../shared/sysbench/system_benchmark_eval_datas.json"
    static var hasRealData: Bool { FileManager.default.fileExists(atPath: sysbenchRelease) }

    /// Runs the binary with `arguments` in `folder` (the package root by default).
    /// Output goes through files, not pipes, so a child that fills one stream while
    /// the test reads the other cannot stall.
    static func run(_ arguments: [String], in folder: String = packageRoot) throws -> Result {
        let capture = try scratch("capture")
        defer { try? FileManager.default.removeItem(atPath: capture) }
        let out = capture + "/stdout", err = capture + "/stderr"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: try read(out), stderr: try read(err))
    }

    /// A new empty folder for one test.
    static func scratch(_ name: String = #function) throws -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "sysbench-kit-cli-\(safe)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}
