import Testing
import SysBenchScore
@testable import SysBenchReport

@Suite struct CalibrationSectionTests {
    static let json = #"""
        {"items": 4, "pairs": [{"a": "alice", "b": "judge:gpt-4o", "n": 4, "agreement": 0.75, "cohen_kappa": 0.5,
          "gwet_ac1": 0.5, "krippendorff_alpha": null,
          "intervals": {"agreement": [0.5, 1.0], "cohen_kappa": null, "gwet_ac1": null, "krippendorff_alpha": null},
          "confusion": {"yes": {"yes": 2, "no": 1}, "no": {"yes": 0, "no": 1}},
          "by_type": {}, "by_alignment": {}, "disagreements": [],
          "confusion_by_type": {"format": {"yes": {"yes": 2, "no": 1}, "no": {"yes": 0, "no": 1}}}}],
         "people": {"raters": 1, "krippendorff_alpha": null}}
        """#

    @Test func readsTheAgreeOutput() throws {
        let result = try CalibrationResult.read(Self.json, path: "agree.json")
        #expect(result.items == 4)
        let pair = try #require(result.pairs.first)
        #expect(pair.a == "alice" && pair.b == "judge:gpt-4o" && pair.n == 4)
        #expect(pair.statistics.map(\.value) == [0.75, 0.5, 0.5, nil])
        #expect(pair.statistics[0].interval == [0.5, 1.0])
        #expect(pair.matrices.map(\.group) == ["all", "format"])
        #expect(pair.matrices[1].counts == [[2, 1], [0, 1]])
    }

    @Test func refusesOtherJSON() {
        #expect(throws: (any Error).self) { try CalibrationResult.read(#"{"models": []}"#, path: "x.json") }
    }

    @Test func theSectionShowsTheTableAndTheMatrices() throws {
        let page = ReportPage(runs: [], policy: .sysbench, bootstrap: BootstrapSettings(replicates: 0))
        let html = page.calibrationSection(try CalibrationResult.read(Self.json, path: "agree.json"))
        #expect(html.contains("<tr><td>alice vs judge:gpt-4o</td><td>4</td><td>0.750 [0.500, 1.000]</td><td>0.500</td><td>0.500</td><td>–</td></tr>"))
        #expect(html.contains("<h4>format · 格式约束</h4>"))
        #expect(html.contains("<tr><td>yes</td><td>2</td><td>1</td></tr>"))
    }
}
