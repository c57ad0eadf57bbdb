import Foundation
import KitSupport
import SysBenchCore
import Testing
@testable import SysBenchScore

/// The checks section: counts worked by hand on a three-turn run, in every format.
@Suite struct CheckSummaryTests {
    /// Turn 1: a `check` item the judge said yes to whose count fails (changed), and a
    /// plain item. Turn 2: a `both` item judged no whose count passes (the no stands),
    /// and a `judge` audit item judged yes whose contains fails (unchanged). Turn 3 is
    /// a judge failure and is not counted.
    static func run() -> ScoredRun {
        func checked(_ id: String, _ type: ConstraintType, judge: Verdict, passed: Bool, value: Int?, _ verify: Verify) -> ScoredItem {
            let check = ItemCheck(judge: judge, passed: passed, value: value, verify: verify)
            return ScoredItem(id: id, type: type, verdict: check.final, check: check)
        }
        let turns = [
            ScoredTurn(index: 1, alignment: .aligned, items: [
                checked("1", .format, judge: .yes, passed: false, value: 420, .check),
                ScoredItem(id: "2", type: .content, verdict: .yes),
            ]),
            ScoredTurn(index: 2, alignment: .aligned, items: [
                checked("1", .format, judge: .no, passed: true, value: 120, .both),
                checked("2", .content, judge: .yes, passed: false, value: nil, .judge),
            ]),
            ScoredTurn(index: 3, alignment: .aligned, items: [], judgeFailure: true),
        ]
        return ScoredRun(model: "m", source: "m.jsonl", sessions: [
            ScoredSession(caseID: "case-a", systemID: 7, mode: .dependent, turns: turns),
        ])
    }

    @Test func countsByHand() throws {
        let summary = try #require(CheckSummary(Self.run(), policy: .sysbench))
        #expect(summary.counts.items == 3)
        #expect(summary.counts.judgeYesCheckNo == 2)
        #expect(summary.counts.judgeNoCheckYes == 1)
        #expect(summary.counts.changed == 1)
        #expect(summary.byType[.format]?.items == 2)
        #expect(summary.byType[.format]?.changed == 1)
        #expect(summary.byType[.content]?.judgeYesCheckNo == 1)
        // CSR uses the final verdicts: 1 of 2 in each turn (the audit item keeps the judge's yes).
        let metrics = RunMetrics(Self.run(), policy: .sysbench)
        #expect(metrics.csrTotal.numerator == 2)
        #expect(metrics.csrTotal.denominator == 4)
        #expect(metrics.isr.total.numerator == 0)
    }

    @Test func jsonHasExactlyTheKeysOfTheSpecification() throws {
        let report = ScoreReport(runs: [Self.run()], policy: .sysbench, bootstrap: BootstrapSettings(replicates: 0))
        let json = JSONWriter.write(report.json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let model = try #require((root["models"] as? [[String: Any]])?.first)
        let checks = try #require(model["checks"] as? [String: Any])
        #expect(Set(checks.keys) == ["items", "judge_yes_check_no", "judge_no_check_yes", "changed", "details"])
        let details = try #require(checks["details"] as? [[String: Any]])
        #expect(details.count == 3)
        #expect(Set(details[0].keys) == ["case", "system_id", "turn", "item", "verify", "judge", "check", "value", "final"])
        #expect(json.contains(#"{"case":"case-a","system_id":7,"turn":1,"item":1,"verify":"check","judge":"yes","check":false,"value":420,"final":"no"}"#))
        #expect(json.contains(#""verify":"judge","judge":"yes","check":false,"value":null,"final":"yes""#))
    }

    @Test func textMarkdownAndCSVShowTheCounts() {
        let report = ScoreReport(runs: [Self.run()], policy: .sysbench, bootstrap: BootstrapSettings(replicates: 0))
        let text = TextFormatter.render(report)
        #expect(text.contains("Checks beside the judge (items)"))
        #expect(text.contains("m       format      2                    1                    1        1"))
        #expect(text.contains("m        total      3                    2                    1        1"))
        #expect(text.contains("First disagreements"))
        #expect(text.contains("m      case-a     1     1   check    yes   fail    420     no"))
        let markdown = MarkdownFormatter.render(report)
        #expect(markdown.contains("| m | total | 3 | 2 | 1 | 1 |"))
        let csv = CSVFormatter.render(report).split(separator: "\n")
        let header = csv[0].split(separator: ",", omittingEmptySubsequences: false)
        let row = csv[1].split(separator: ",", omittingEmptySubsequences: false)
        let column = { (name: String) in header.firstIndex(of: Substring(name)).map { String(row[$0]) } }
        #expect(column("checks_items") == "3")
        #expect(column("checks_judge_yes_check_no") == "2")
        #expect(column("checks_judge_no_check_yes") == "1")
        #expect(column("checks_changed") == "1")
    }

    @Test func aRunWithoutChecksHasNoSection() {
        let run = ScoredRun(model: "m", source: "m", sessions: [Fixtures.session(1, .parallel, [["是", "否"]])])
        #expect(CheckSummary(run, policy: .sysbench) == nil)
        let report = ScoreReport(runs: [run], policy: .sysbench, bootstrap: BootstrapSettings(replicates: 0))
        #expect(!JSONWriter.write(report.json).contains("\"checks\""))
        #expect(!TextFormatter.render(report).contains("Checks"))
        #expect(!CSVFormatter.render(report).contains("checks_"))
    }
}
