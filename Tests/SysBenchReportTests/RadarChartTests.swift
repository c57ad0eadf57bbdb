import Testing
@testable import SysBenchReport

@Suite struct RadarChartTests {
    let axes = ["action", "content", "background", "role", "format", "style"]

    func chart(_ names: [String]) -> RadarChart {
        RadarChart(
            title: "CSR by constraint type (%)", axes: axes,
            series: names.enumerated().map { index, name in
                ChartSeries(name: name, values: [0.9, 0.8, nil, 0.5, 1.0, 0.0], color: Chart.color(index))
            })
    }

    @Test func parsesWithOnePolygonPerModelAndSixAxisLabels() throws {
        let svg = try ParsedSVG(chart(["gpt4o", "qwen2_7b", "大模型"]).svg())
        #expect(svg.elements.first?.name == "svg")
        #expect(svg.all("polygon", cssClass: "series").map { $0.attributes["data-series"] } == ["gpt4o", "qwen2_7b", "大模型"])
        #expect(svg.texts("axis-label") == axes)
        #expect(svg.all("line", cssClass: "axis").count == 6)
        #expect(svg.legend == ["gpt4o", "qwen2_7b", "大模型"])
        // Six vertices per polygon, a dot per vertex.
        for polygon in svg.all("polygon", cssClass: "series") {
            #expect(polygon.attributes["points"]?.split(separator: " ").count == 6)
        }
        #expect(svg.all("circle", cssClass: "point").count == 18)
        #expect(svg.all("polygon", cssClass: "grid").count == 5)
    }

    @Test func undefinedValueSitsAtTheCentreWithADashInItsTooltip() throws {
        let svg = try ParsedSVG(chart(["m"]).svg())
        let titles = svg.all("title").map(\.text)
        #expect(titles.contains("m, background: –%"))
        #expect(titles.contains("m, action: 90.0%"))
    }

    @Test func hostileNamesStayText() throws {
        let svg = try ParsedSVG(chart(["<script>alert(1)</script>"]).svg())
        #expect(svg.all("script").isEmpty)
        #expect(svg.legend == ["<script>alert(1)</script>"])
    }
}
