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
}
