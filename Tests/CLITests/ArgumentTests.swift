import Foundation
import Testing

/// Arguments a new user got wrong, and what they are told (issue 13, item 13).
@Suite struct ArgumentTests {
    @Test func negativeNumbersSayTheValueMustBePositive() throws {
        let root = try CLI.scratch()
        let turns = try CLI.run(["new", "x", "--turns", "-1", "--dataset", "ds"], in: root)
        #expect(turns.status == 2)
        #expect(turns.stderr == "error: --turns must be a positive number, not -1\n")
        let bootstrap = try CLI.run(["score", "--bootstrap", "-5", "run.jsonl"], in: root)
        #expect(bootstrap.status == 2)
        #expect(bootstrap.stderr.contains("--bootstrap must be 0 or a positive number, not -5"), "\(bootstrap.stderr)")
        #expect(!bootstrap.stderr.contains("Missing value"))
    }

    @Test func helpOfAnUnknownCommandIsAUsageError() throws {
        let result = try CLI.run(["help", "frobnicate"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("error: unknown command 'frobnicate'; the commands are init, lint, build"))
    }

    @Test func runRefusesLimitZero() throws {
        let result = try CLI.run([
            "run", "--dataset", "x.jsonl", "--model", "m", "--judge-model", "j", "--base-url", "http://127.0.0.1:9",
            "--out", "r", "--limit", "0",
        ], in: try CLI.scratch())
        #expect(result.status == 2)
        #expect(result.stderr.contains("--limit must be a positive number, not 0"), "\(result.stderr)")
    }

    @Test func newWarnsWhenTurnsDisagreeWithTheDataset() throws {
        let root = try CLI.scratch()
        try FileManager.default.createDirectory(atPath: root + "/ds", withIntermediateDirectories: true)
        try Data("name: d\nversion: '1'\nturns_per_case: 3\ndomains:\n  travel: {zh: 旅游}\n".utf8)
            .write(to: URL(fileURLWithPath: root + "/ds/dataset.yaml"))
        let result = try CLI.run(["new", "x", "--turns", "7", "--dataset", "ds"], in: root)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("warning: --turns 7, but ds/dataset.yaml has turns_per_case: 3"), "\(result.stderr)")
        let agreeing = try CLI.run(["new", "y", "--turns", "3", "--dataset", "ds"], in: root)
        #expect(!agreeing.stderr.contains("warning"))
    }

    @Test func importOfAnEmptyReleaseIsAnError() throws {
        let root = try CLI.scratch()
        try Data("[]".utf8).write(to: URL(fileURLWithPath: root + "/empty.json"))
        let result = try CLI.run(["import", "sysbench", "empty.json", "--out", "ds"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr == "error: empty.json: the release holds no session (an empty array)\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/ds"))
    }
}
