import Foundation
import Testing
@testable import SysBenchScore

@Suite struct FormatterTests {
    // One parallel session only: every dependent value is undefined.
    let report = ScoreReport(
        runs: [
            ScoredRun(model: "a", source: "a.json", sessions: [Fixtures.session(1, .parallel, [["是", "不适用"], ["否"]])]),
            ScoredRun(model: "b", source: "b.json", sessions: [Fixtures.session(1, .parallel, [["是", "是"], ["是"]])]),
        ],
        policy: .sysbench, bootstrap: BootstrapSettings(replicates: 20, seed: 1))

    @Test func jsonHasTheBriefsShapeAndNullsForEmptyDenominators() throws {
        let text = OutputFormat.json.render(report)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let models = try #require(root["models"] as? [[String: Any]])
        let a = try #require(models.first)
        #expect(a["model"] as? String == "a")
        let csr = try #require(a["CSR"] as? [String: Any])
        #expect(csr["total"] as? Double == 1.0 / 3.0)
        #expect(csr["action"] is NSNull)
        let isr = try #require(a["ISR"] as? [String: Any])
        #expect((isr["dependent"] as? [String: Any])?["total"] is NSNull)
        #expect(isr["by_turn"] as? [Double] == [1, 0])
        let ssr = try #require(a["SSR"] as? [String: Any])
        #expect((ssr["dependent"] as? [String: Any])?["R"] as? [Double] == [])
        #expect((ssr["parallel"] as? [String: Any])?["ssr"] as? Double == 0.5)
        #expect((a["verdicts"] as? [String: Any])?["other"] as? [String: Int] == ["不适用": 1])
        #expect((a["counts"] as? [String: Any])?["items"] as? Int == 3)
        let differences = try #require(root["differences"] as? [[String: Any]])
        #expect((differences.first?["ISR"] as? [String: Any])?["difference"] as? Double == 0.5)
        // Keys in the brief's order.
        let order = ["\"model\"", "\"CSR\"", "\"ISR\"", "\"SSR\"", "\"intervals\"", "\"counts\"", "\"verdicts\""]
        let positions = order.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
        #expect(!text.contains("nan"))
    }

    @Test func textShowsDashesNotNaN() {
        let text = OutputFormat.text.render(report)
        #expect(text.contains("dependent total"))
        #expect(text.contains("–"))
        #expect(!text.lowercased().contains("nan"))
        #expect(text.contains("Difference from a"))
        #expect(text.contains("other: 不适用"))
    }

    @Test func textTablesAlignWideCharacters() {
        let table = ReportTable(title: "t", header: ["V", "n"], rows: [["不适用", "1"], ["yes", "10"]])
        #expect(TextFormatter.render(table) == "V        n\n不适用   1\nyes     10\n")
    }

    @Test func markdownTable() {
        let table = ReportTable(title: "t", header: ["Model", "CSR"], rows: [["a|b", "87.1"]])
        #expect(MarkdownFormatter.render(table) == "| Model | CSR |\n| --- | ---: |\n| a\\|b | 87.1 |\n")
    }

    @Test func csvHasOneRowPerModelWithEmptyCellsForMissingValues() {
        let lines = OutputFormat.csv.render(report).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)  // header, two models, final newline
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let a = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(header.first == "model" && a.first == "a")
        let csr = header.firstIndex(of: "CSR")
        #expect(csr.map { a[$0] } == String(1.0 / 3.0))
        let dependent = header.firstIndex(of: "ISR_dependent_total")
        #expect(dependent.map { a[$0] } == "")
        #expect(header.contains("diff_SSR_high"))
    }

    @Test func percentFormat() {
        #expect(PercentFormat.percent(0.8707997311827957) == "87.1")
        #expect(PercentFormat.percent(0.0625) == "6.2")
        #expect(PercentFormat.percent(nil) == "–")
        #expect(PercentFormat.points(0.012) == "+1.2")
        #expect(PercentFormat.withInterval(0.5, Interval(low: 0.25, high: 0.75)) == "50.0 [25.0, 75.0]")
    }
}
