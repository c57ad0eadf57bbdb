import Foundation
import Testing

@Suite struct StatsCommandTests {
    @Test(.enabled(if: CLI.hasRealData, "needs ../shared/sysbench"))
    func theRealReleaseGivesTable1() throws {
        let result = try CLI.run(["stats", CLI.sysbenchRelease, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(#"{"sessions":{"parallel":144,"dependent":356,"total":500}"#))
        #expect(result.stdout.contains(#""checklist_items_per_turn":{"parallel":2.52,"dependent":2.33,"total":2.38}"#))
    }

    @Test func textAndMarkdownOfTheExampleDataset() throws {
        let text = try CLI.run(["stats"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Turns by mode and alignment (the paper's Table 1)\n"))
        let markdown = try CLI.run(["stats", "dataset", "--format", "markdown"])
        #expect(markdown.stdout.contains("| mode | aligned | misaligned | items/turn | sessions |"))
    }

    @Test func aBuiltReleaseGivesTheSameStatsAsItsDataset() throws {
        let out = try CLI.scratch()
        _ = try CLI.run(["build", "dataset", "--out", out])
        let fromDataset = try CLI.run(["stats", "dataset", "--format", "json"]).stdout
        let fromRelease = try CLI.run(["stats", out + "/sysbench.jsonl", "--format", "json"]).stdout
        #expect(fromDataset == fromRelease)
        #expect(!fromDataset.isEmpty)
    }
}
