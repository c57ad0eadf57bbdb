import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test func exportsTheExampleDatasetInSysBenchsLayout() throws {
        let out = try CLI.scratch() + "/out.json"
        let result = try CLI.run(["export", "sysbench", "dataset", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try CLI.read(out)
        #expect(text.hasPrefix("[\n  {\n    \"system_id\": "))
        #expect(text.contains("\"领域\": \"旅游\""))
        #expect(text.contains("\"criteria_type\": \"格式约束\""))
        #expect(text.contains("\"alignment\": \"misalign\""))
        #expect(!text.hasSuffix("\n"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try CLI.run(["export", "openai", "dataset", "--out", try CLI.scratch() + "/x.json"])
        #expect(result.status == 2)
    }
}
