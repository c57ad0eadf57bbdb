import Foundation
import SysBenchCore
import SysBenchScore
import Testing
@testable import SysBenchReport

@Suite struct ReportPageTests {
    static let settings = BootstrapSettings(replicates: 20)

    /// gpt4o's real run, read once for the suite.
    static let gpt4o: Result<ReportRun, ScoreInputError> = Result { () throws(ScoreInputError) -> ReportRun in
        try ReportRun.load(path: Paths.runs.appendingPathComponent("gpt4o_eval.json").path)
    }

    static let hostileName = "<script>alert('name')</script>"

    /// A small run whose model name and texts try to inject markup.
    static var hostile: ReportRun {
        let run = ScoredRun(model: hostileName, source: "x\"><img src=x onerror=alert(1)>", sessions: [
            Runs.session("c1", [["no", "yes"], ["yes"]]),
            Runs.session("c2", mode: .dependent, [["yes"], ["<b>weird</b>"]]),
        ])
        let details = RunDetails(sessions: [
            SessionDetail(caseID: "c1", system: "<style>body{display:none}</style>", turns: [
                1: TurnDetail(user: "</details><script>alert('user')</script>",
                              response: "<script>alert('answer')</script> & more",
                              reason: "<iframe src=\"http://evil\">", itemTexts: ["1": "<svg onload=alert(1)>"]),
            ]),
            SessionDetail(caseID: "c2"),
        ])
        return ReportRun(run: run, details: details)
    }

    func page(_ runs: [ReportRun], options: ReportOptions = .init()) -> String {
        ReportPage(runs: runs, policy: .sysbench, bootstrap: Self.settings, options: options).html()
    }

    @Test func hasTheTable2NumbersAndModelName() throws {
        let html = page([try Self.gpt4o.get()])
        #expect(html.contains("<td>gpt4o</td>"))
        for number in ["87.1", "76.4", "54.4"] {
            #expect(html.contains("<span class=\"v\">\(number)</span>"), "missing \(number)")
        }
    }

    @Test func marksTheBestOfEachColumn() throws {
        let gpt35 = try ReportRun.load(path: Paths.runs.appendingPathComponent("gpt35_eval.json").path)
        let html = page([try Self.gpt4o.get(), gpt35])
        let rows = html.components(separatedBy: "<tr>").filter { $0.contains("class=\"v\"") }
        let gpt4oRow = try #require(rows.first { $0.hasPrefix("<td>gpt4o</td>") })
        let otherRow = try #require(rows.first { !$0.hasPrefix("<td>gpt4o</td>") })
        #expect(gpt4oRow.components(separatedBy: "class=\"best\"").count - 1 == 3)
        #expect(!otherRow.contains("class=\"best\""))
        #expect(html.contains("★ best in its column.</p>"))
    }

    @Test func runsSharingNoSessionGetNoBestMark() throws {
        // gpt4o's sessions are keyed by system_id, the small run's by case id: none shared,
        // so there is nothing like for like to mark.
        let html = page([try Self.gpt4o.get(), Self.hostile])
        #expect(!html.contains("class=\"best\""))
        #expect(html.contains("★ best in its column over the 0 sessions all runs share."))
        #expect(html.contains("paired differences and ★ use only the 0 sessions they share"))
    }

    @Test func refersToNothingOutside() throws {
        let html = page([try Self.gpt4o.get(), Self.hostile]).lowercased()
        for needle in ["src=\"http", "src='http", "<link", "@import", "url(http", "<script", "href=\"http"] {
            #expect(!html.contains(needle), "found \(needle)")
        }
    }

    @Test func escapesHostileText() {
        let html = page([Self.hostile])
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<style>body"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("<b>weird"))
        #expect(html.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;script&gt;alert(&#39;answer&#39;)&lt;/script&gt; &amp; more"))
        #expect(html.contains("&lt;/details&gt;"))
    }

    @Test func everyChartParsesAsXMLAndNamesEveryModel() throws {
        let html = page([try Self.gpt4o.get(), Self.hostile])
        var svgs: [ParsedSVG] = []
        var rest = Substring(html)
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            svgs.append(try ParsedSVG(String(rest[start.lowerBound..<end.upperBound])))
            rest = rest[end.upperBound...]
        }
        #expect(svgs.count == 5, "radar, two SSR curves, ISR bars, verdicts")
        let radar = try #require(svgs.first { $0.elements.first?.attributes["class"] == "chart radar" })
        #expect(radar.all("polygon", cssClass: "series").map { $0.attributes["data-series"] } == ["gpt4o", Self.hostileName])
        #expect(radar.texts("axis-label") == ConstraintType.allCases.map(\.rawValue))
        let curves = svgs.filter { $0.elements.first?.attributes["class"] == "chart line" }
        #expect(curves.count == 2)
        for curve in curves {
            #expect(curve.legend == ["gpt4o", Self.hostileName])
            let gpt4o = try #require(curve.all("polyline", cssClass: "series").first)
            #expect(gpt4o.attributes["points"]?.split(separator: " ").count == 5, "R1…R5")
        }
    }

    @Test func drillDownShowsTextsOfFailedTurnsAndHonoursTheCap() throws {
        let run = try Self.gpt4o.get()
        let html = page([run], options: ReportOptions(maxFailedTurns: 3))
        #expect(html.contains("(first 3 of "))
        #expect(html.components(separatedBy: "<span class=\"tag fail\">").count - 1 >= 3)
        // gpt4o's first failed turn is system_id 1, turn 2: the judge's reason names rule 3.
        #expect(html.contains("system_id 1 · turn 2 of 5"))
        #expect(html.contains("不完全符合评判细则3"))
        #expect(html.contains("提供武汉地区长江大桥附近的住宿选择和美食推荐"))
        #expect(page([run], options: ReportOptions(maxFailedTurns: 0)).contains("id=\"failed\"") == false)
    }

    @Test func judgeFailureIsTaggedAsSuchOnly() {
        let run = ScoredRun(model: "m", source: "s", sessions: [
            ScoredSession(caseID: "c", mode: .parallel, turns: [
                ScoredTurn(index: 1, alignment: .aligned,
                           items: [ScoredItem(id: "1", type: .role, verdict: .other("null"))], judgeFailure: true),
            ]),
        ])
        let details = RunDetails(sessions: [
            SessionDetail(caseID: "c", turns: [1: TurnDetail(error: "judge reply had no verdicts")]),
        ])
        let html = page([ReportRun(run: run, details: details)])
        #expect(html.contains("<span class=\"tag judge\">judge failure</span>c · turn 1 of 1"))
        #expect(!html.contains("tag other"))
        #expect(html.contains("judge reply had no verdicts"))
    }

    @Test func sameRunsGiveTheSameBytes() {
        #expect(page([Self.hostile]) == page([Self.hostile]))
    }

    @Test func aFailedDependentTurnShowsTheEarlierTurnsCollapsed() {
        let run = ScoredRun(model: "m", source: "s", sessions: [
            Runs.session("dep", mode: .dependent, [["yes"], ["yes"], ["no"]]),
            Runs.session("par", mode: .parallel, [["yes"], ["no"]]),
        ])
        let details = RunDetails(sessions: [
            SessionDetail(caseID: "dep", turns: [
                1: TurnDetail(user: "first question", response: "first answer"),
                2: TurnDetail(user: "second question", response: "second answer"),
                3: TurnDetail(user: "third question", response: "third answer"),
            ]),
            SessionDetail(caseID: "par", turns: [
                1: TurnDetail(user: "parallel one", response: "parallel answer one"),
                2: TurnDetail(user: "parallel two", response: "parallel answer two"),
            ]),
        ])
        let html = page([ReportRun(run: run, details: details)])
        let history = "<details class=\"history\"><summary>Earlier turns (2 turns; the answer was given and judged with them)</summary>\n"
            + "<h4>Turn 1</h4>\n<h5>User</h5><div class=\"text-block\">first question</div>\n"
            + "<h5>Answer</h5><div class=\"text-block\">first answer</div>\n"
            + "<h4>Turn 2</h4>\n<h5>User</h5><div class=\"text-block\">second question</div>\n"
            + "<h5>Answer</h5><div class=\"text-block\">second answer</div>\n</details>\n"
        #expect(html.contains(history))
        // The history comes before the failed turn's own question.
        let historyAt = html.range(of: history)?.lowerBound
        let questionAt = html.range(of: "third question")?.lowerBound
        #expect(historyAt != nil && questionAt != nil && historyAt! < questionAt!)
        // A parallel session's turns stand alone: no history.
        #expect(html.components(separatedBy: "class=\"history\"").count - 1 == 1)
        #expect(!html.contains("parallel answer one"))
    }
}
