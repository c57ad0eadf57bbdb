import Foundation
import SysBenchCore
@testable import SysBenchLint
import YAMLSource

/// Lints rule examples the way the linter lints files, and reads their `↓` markers.
enum ExampleRunner {
    /// Where a marker or a diagnostic points.
    struct Spot: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var description: String { "\(file):\(line):\(column)" }
    }

    /// The text without markers, and where each marker was (1-based, in Unicode scalars).
    static func strip(_ text: String, file: String) -> (text: String, spots: [Spot]) {
        var out = String.UnicodeScalarView()
        var spots: [Spot] = []
        var line = 1
        var column = 1
        let marker = Example.marker.unicodeScalars.first
        for scalar in text.unicodeScalars {
            if scalar == marker {
                spots.append(Spot(file: file, line: line, column: column))
                continue
            }
            out.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(out), spots)
    }

    /// Lints every file of `example`; returns all diagnostics and the marked spots.
    static func run(_ example: Example) throws -> (diagnostics: [Diagnostic], spots: [Spot]) {
        if example.files.contains(where: { $0.linkTarget != nil }) { return try runOnDisk(example) }
        let config = try example.config.map { try Linter.decodeConfig(Array($0.utf8), path: "dataset.yaml") } ?? .sysbenchDefault
        var linter = DatasetLinter(config: config)
        var diagnostics: [Diagnostic] = []
        var spots: [Spot] = []
        for file in example.files {
            let (text, marks) = strip(file.text, file: file.name)
            spots += marks
            diagnostics += linter.lint(file: file.name, bytes: Array(text.utf8)).diagnostics
        }
        return (diagnostics, spots)
    }

    /// Lints an example with symbolic links the way `lint` does: written into a fresh
    /// folder, found by the locator. Diagnostics name files as the example does.
    static func runOnDisk(_ example: Example) throws -> (diagnostics: [Diagnostic], spots: [Spot]) {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("rule-example-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        if let config = example.config {
            try Data(config.utf8).write(to: URL(fileURLWithPath: root + "/dataset.yaml"))
        }
        var spots: [Spot] = []
        for file in example.files {
            let (text, marks) = strip(file.text, file: file.name)
            spots += marks
            let path = root + "/" + file.name
            if let target = file.linkTarget {
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
            } else {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            }
        }
        var diagnostics: [Diagnostic] = []
        _ = try Linter.run(paths: [root]) { diagnostics += $0.diagnostics }
        let named = diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.file = String(diagnostic.file.dropFirst(root.count + 1))
            return diagnostic
        }
        return (named, spots)
    }
}
