import Foundation
import Testing

/// Every command on bad input speaks with one voice: `file[:line[:column]]: error: message`
/// or `error: message`, one severity per line, never `error: path: message`.
@Suite struct ErrorVoiceTests {
    /// A stderr line that carries an error must have exactly one `error:`, either first
    /// or right after a location with no space in it.
    static func isWellFormed(_ line: String) -> Bool {
        let count = line.components(separatedBy: "error:").count - 1
        guard count == 1 else { return false }
        if line.hasPrefix("error: ") {
            // `error: some/path: message` puts the place after the severity.
            let rest = line.dropFirst("error: ".count)
            guard let colon = rest.firstIndex(of: ":") else { return true }
            let head = rest[..<colon]
            return head.contains(" ") || !(head.contains("/") || head.contains("."))
        }
        guard let range = line.range(of: ": error: ") else { return false }
        return !line[..<range.lowerBound].contains(" ")
    }

    @Test func theCheckerAcceptsOnlyTheTwoShapes() {
        #expect(Self.isWellFormed("error: no such option"))
        #expect(Self.isWellFormed("d/dataset.yaml:2:1: error: duplicate key 'name'"))
        #expect(Self.isWellFormed("x.json: error: expected a JSON array of sessions, found an object"))
        #expect(!Self.isWellFormed("error: d/dataset.yaml:2:1: error: duplicate key 'name'"))
        #expect(!Self.isWellFormed("error: d/x.json: cannot read"))
        #expect(!Self.isWellFormed("d/x.json: judge template: error: broken"))
    }

    @Test func failingCommandsPrintOneSeverityPerLine() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = folder + "/broken"
        try FileManager.default.createDirectory(atPath: broken + "/cases", withIntermediateDirectories: true)
        try "name: a\nname: b\n".write(toFile: broken + "/dataset.yaml", atomically: true, encoding: .utf8)
        try "id: x\n".write(toFile: broken + "/cases/x.yaml", atomically: true, encoding: .utf8)
        let object = folder + "/object.json"
        try #"{"sessions": []}"#.write(toFile: object, atomically: true, encoding: .utf8)
        let badJSONL = folder + "/bad.jsonl"
        try "{\"id\": \"a\"}\nnot json\n".write(toFile: badJSONL, atomically: true, encoding: .utf8)
        let missing = folder + "/missing"

        let commands: [[String]] = [
            ["lint", broken],
            ["build", broken, "--out", folder + "/out"],
            ["build", missing, "--out", folder + "/out2"],
            ["import", "sysbench", object, "--out", folder + "/imported"],
            ["import", "sysbench", missing + ".json", "--out", folder + "/imported2"],
            ["export", "sysbench", missing, "--out", folder + "/x.json"],
            ["export", "sysbench", badJSONL, "--out", folder + "/y.json"],
            ["run", "--dataset", badJSONL, "--model", "m", "--judge-model", "j", "--base-url", "http://127.0.0.1:9",
             "--out", folder + "/run"],
            ["run", "--dataset", missing + ".jsonl", "--model", "m", "--judge-model", "j", "--base-url", "http://127.0.0.1:9",
             "--out", folder + "/run2"],
            ["score", missing],
            ["score", object],
            ["report", missing, "--out", folder + "/r.html"],
            ["stats", missing],
            ["new", "Not A Slug", "--dataset", folder + "/new"],
        ]
        for arguments in commands {
            let result = try CLI.run(arguments, in: folder)
            let label = arguments.prefix(2).joined(separator: " ")
            #expect(result.status != 0, "\(label) should fail")
            let errorLines = (result.stdout + "\n" + result.stderr).split(separator: "\n").map(String.init).filter { $0.contains("error:") }
            #expect(!errorLines.isEmpty, "\(label) printed no error: \(result.stdout)\(result.stderr)")
            for line in errorLines {
                #expect(Self.isWellFormed(line), "\(label): \(line)")
            }
        }
    }
}
