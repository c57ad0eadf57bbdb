import SysBenchCore
import SysBenchScore
import Testing
@testable import SysBenchReport

/// The page's checks: a section with the counts, and the check's result and measured
/// value beside the verdict of each checked item in the failed-turn drill-down.
@Suite struct ReportChecksTests {
    static func page(checked: Bool) -> String {
        let check = ItemCheck(judge: .yes, passed: false, value: 1201, verify: .check)
        let items = [
            ScoredItem(id: "1", type: .format, verdict: checked ? .no : .yes, check: checked ? check : nil),
            ScoredItem(id: "2", type: .content, verdict: .yes),
        ]
        let run = ScoredRun(model: "m", source: "m.jsonl", sessions: [
            ScoredSession(caseID: "case-a", mode: .parallel, turns: [ScoredTurn(index: 1, alignment: .aligned, items: items)]),
        ])
        let details = RunDetails(sessions: [SessionDetail(caseID: "case-a", turns: [1: TurnDetail(response: "…")])])
        return ReportPage(
            runs: [ReportRun(run: run, details: details)], policy: .sysbench, bootstrap: BootstrapSettings(replicates: 0)
        ).html()
    }

    @Test func checkedItemsAreMarkedWithTheirValue() {
        let html = Self.page(checked: true)
        #expect(html.contains("<section id=\"checks\">"))
        #expect(html.contains("<a href=\"#checks\">Checks</a>"))
        #expect(html.contains("<th>Check</th>"))
        #expect(html.contains(#"<td class="text verdict-no" title="verify: check">fail · 1,201 <span class="note">(judge: yes)</span></td>"#))
        #expect(html.contains("<td class=\"text\">–</td>"))
    }

    @Test func runsWithoutChecksShowNone() {
        let html = Self.page(checked: false)
        #expect(!html.contains("id=\"checks\""))
        #expect(!html.contains("<th>Check</th>"))
    }
}
