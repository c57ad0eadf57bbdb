import Foundation
import Testing
@testable import SysBenchCore

@Suite struct DatasetStatsTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: TestFiles.sysbenchRelease), "needs ../shared/sysbench"))
    func theRealSetGivesThePapersTable1() throws {
        let stats = DatasetStats(try RecordSource.load(TestFiles.sysbenchRelease).records)
        let json = StatsFormatter.json(stats).compactText
        #expect(json.hasPrefix(#"{"sessions":{"parallel":144,"dependent":356,"total":500},"#
            + #""turns":{"parallel":{"aligned":552,"misaligned":168,"total":720},"dependent":{"aligned":1399,"misaligned":381,"total":1780},"total":{"aligned":1951,"misaligned":549,"total":2500}},"#
            + #""checklist_items_per_turn":{"parallel":2.52,"dependent":2.33,"total":2.38},"#))
        #expect(json.contains(#""constraint_types":{"content":2768,"action":1292,"style":853,"format":793,"role":168,"background":78}"#))
    }

    @Test func countsAndRatiosOnASmallSet() {
        let item = ReleaseRecord.ChecklistItem(id: 1, type: .format, text: "x")
        let parallel = ReleaseRecord(id: "p", domain: "a", mode: .parallel, systemText: "s", turns: [
            .init(id: "t1", user: "u", alignment: .aligned, checklist: [item, item, item]),
        ])
        let dependent = ReleaseRecord(id: "d", domain: "b", mode: .dependent, systemText: "s", turns: [
            .init(id: "t1", user: "u", alignment: .misaligned, checklist: [item]),
            .init(id: "t2", user: "v", alignment: .aligned, checklist: [item, item]),
        ])
        let stats = DatasetStats([parallel, dependent])
        #expect(stats.turnCount(.dependent, .misaligned) == 1)
        #expect(stats.itemsPerTurn(nil) == 2)
        #expect(stats.itemsPerTurn(.parallel) == 3)
        #expect(stats.turnsPerCase == [1: 1, 2: 1])
        #expect(StatsFormatter.text(stats).contains("  parallel         1           0        3.00         1\n"))
        #expect(StatsFormatter.markdown(stats).contains("| dependent | 1 | 1 | 1.50 | 1 |"))
    }
}
