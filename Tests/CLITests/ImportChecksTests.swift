import Foundation
import Testing

/// `import sysbench` derives checks from SysBench's length items unless `--no-checks`.
@Suite struct ImportChecksTests {
    private func lines(in folder: String, starting prefix: String) throws -> [String] {
        let cases = folder + "/cases"
        return try FileManager.default.contentsOfDirectory(atPath: cases).sorted().flatMap { name in
            try String(contentsOfFile: cases + "/" + name, encoding: .utf8).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix(prefix) }
        }
    }

    @Test(.enabled(if: CLI.hasRealData, "needs ../shared/sysbench"))
    func derivesSixtyFourChecksAndNoneWithNoChecks() throws {
        let folder = try CLI.scratch()
        #expect(try CLI.run(["import", "sysbench", CLI.sysbenchRelease, "--out", folder + "/with"]).status == 0)
        let checks = try lines(in: folder + "/with", starting: "check:")
        let verifies = try lines(in: folder + "/with", starting: "verify:")
        #expect(checks.count == 64)
        #expect(verifies.filter { $0 == "verify: check" }.count == 56)
        #expect(verifies.filter { $0 == "verify: both" }.count == 8)
        #expect(checks.contains("check: {count: chars, less_than: 400}"))

        #expect(try CLI.run(["import", "sysbench", CLI.sysbenchRelease, "--out", folder + "/without", "--no-checks"]).status == 0)
        #expect(try lines(in: folder + "/without", starting: "check:").isEmpty)
        let lint = try CLI.run(["lint", folder + "/without"])
        #expect(lint.stdout.contains("[check-suggested]"))
    }
}
