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

    @Test func casesAreCountedPerLanguageInEveryFormat() {
        let item = ReleaseRecord.ChecklistItem(id: 1, type: .format, text: "x")
        let turn = ReleaseRecord.Turn(id: "t1", user: "u", alignment: .aligned, checklist: [item])
        let records = [
            ReleaseRecord(id: "a", language: "zh", domain: "d", mode: .parallel, systemText: "s", turns: [turn]),
            ReleaseRecord(id: "b", language: "en", domain: "d", mode: .parallel, systemText: "s", turns: [turn]),
            ReleaseRecord(id: "c", language: "zh", domain: "d", mode: .parallel, systemText: "s", turns: [turn]),
            ReleaseRecord(id: "e", domain: "d", mode: .parallel, systemText: "s", turns: [turn]),
        ]
        let stats = DatasetStats(records)
        #expect(stats.languages == ["zh": 2, "en": 1, "unspecified": 1])
        #expect(StatsFormatter.json(stats).compactText.contains(#""languages":{"zh":2,"en":1,"unspecified":1}"#))
        #expect(StatsFormatter.text(stats).contains("Sessions by language\n  zh           2\n  en           1\n  unspecified  1\n"))
        #expect(StatsFormatter.markdown(stats).contains("| language | sessions |\n| --- | ---: |\n| zh | 2 |\n"))
    }

    @Test func countsAgreeInNumber() {
        let item = ReleaseRecord.ChecklistItem(id: 1, type: .format, text: "x")
        let record = ReleaseRecord(id: "a", domain: "d", mode: .parallel, systemText: "s", turns: [
            .init(id: "t1", user: "u", alignment: .aligned, checklist: [item]),
        ])
        let text = StatsFormatter.text(DatasetStats([record]))
        #expect(text.contains("Turns per case\n  1 turn  1 case\n"))
        #expect(text.contains("Checklist items per turn\n  1 item  1 turn\n"))
        #expect(!text.contains("1 items") && !text.contains("1 cases"))
    }
}
