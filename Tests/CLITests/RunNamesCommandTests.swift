import Foundation
import Testing

/// `score` and `report` with named runs, repeated names and runs of different sessions.
@Suite struct RunNamesCommandTests {
    static let runs = URL(fileURLWithPath: CLI.packageRoot + "/../shared/sysbench/runs").standardizedFileURL
    static var gpt4o: String { runs.appendingPathComponent("gpt4o_eval.json").path }

    /// A temporary folder with the first `count` sessions of gpt4o's run as `name`.
    func subset(_ count: Int, name: String = "small_eval.json") throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.gpt4o))) as? [Any])
        let file = folder.appendingPathComponent(name)
        try JSONSerialization.data(withJSONObject: Array(sessions.prefix(count))).write(to: file)
        return (folder, file.path)
    }

    @Test(.enabled(if: CLI.hasRealData, "needs ../shared/sysbench"))
    func namesHeadTheColumns() throws {
        let output = try CLI.run(["score", "base=\(Self.gpt4o)", "again=\(Self.gpt4o)", "--bootstrap", "0"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty, "\(output.stderr)")
        #expect(output.stdout.contains("Difference from base"))
        #expect(output.stdout.split(separator: "\n").contains { $0.hasPrefix("again ") })
    }

    @Test(.enabled(if: CLI.hasRealData, "needs ../shared/sysbench"))
    func aRepeatedNameIsNumberedWithAWarning() throws {
        let output = try CLI.run(["score", Self.gpt4o, Self.gpt4o, "--bootstrap", "0"])
        #expect(output.status == 0)
        #expect(output.stderr == "warning: two runs are named 'gpt4o'; the one from \(Self.gpt4o) is shown as 'gpt4o#2' (name runs with NAME=PATH)\n")
        #expect(output.stdout.contains("\ngpt4o#2 "))
    }

    @Test(.enabled(if: CLI.hasRealData, "needs ../shared/sysbench"))
    func differentSessionsAreNamedAndCounted() throws {
        let small = try subset(100)
        defer { try? FileManager.default.removeItem(at: small.folder) }
        let output = try CLI.run(["score", "full=\(Self.gpt4o)", "part=\(small.path)", "--bootstrap", "0"])
        #expect(output.status == 0)
        #expect(output.stderr == "warning: the runs cover different sessions (full 500, part 100): paired differences and ★ use only the 100 sessions they share\n")

        let page = small.folder.appendingPathComponent("page.html").path
        let report = try CLI.run(["report", "full=\(Self.gpt4o)", "part=\(small.path)", "--bootstrap", "0", "--out", page])
        #expect(report.status == 0)
        #expect(report.stderr.contains("warning: the runs cover different sessions"))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("★ best in its column over the 100 sessions all runs share."))
        #expect(html.contains("<td>part</td>"))
    }

    @Test(.enabled(if: CLI.hasRealData, "needs ../shared/sysbench"))
    func numbersAreWrittenWithoutFloatNoise() throws {
        for format in ["json", "csv"] {
            let output = try CLI.run(["score", Self.gpt4o, "--bootstrap", "0", "--format", format])
            #expect(output.status == 0)
            #expect(!output.stdout.contains("99999999"), "\(format): \(output.stdout.prefix(300))")
            #expect(!output.stdout.contains("00000001"), "\(format)")
            #expect(output.stdout.contains("0.5444"), "\(format): SSR")
        }
    }
}
