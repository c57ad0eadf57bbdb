import Testing
@testable import SysBenchReport

@Suite struct GroupedBarChartTests {
    @Test func aBarPerModelAndAlignmentWithValueLabels() throws {
        let chart = GroupedBarChart(
            title: "ISR: aligned vs misaligned turns (%)", categories: ["gpt4o", "gpt35", "glm4"],
            groups: [
                ChartSeries(name: "aligned", values: [0.8, 0.5, 0.7], color: "#0072B2"),
                ChartSeries(name: "misaligned", values: [0.6, 0.2, nil], color: "#E69F00"),
            ])
        let svg = try ParsedSVG(chart.svg())
        #expect(svg.all("rect", cssClass: "bar").count == 6)
        #expect(svg.texts("axis-label") == ["gpt4o", "gpt35", "glm4"])
        #expect(svg.texts("value") == ["80.0", "60.0", "50.0", "20.0", "70.0", "–"])
        #expect(svg.legend == ["aligned", "misaligned"])
    }

    @Test func longModelNamesAreShortenedWithTheFullNameAsTooltip() throws {
        let name = "meta-llama/Llama-3.1-70B-Instruct-Turbo"
        let chart = GroupedBarChart(title: "t", categories: [name], groups: [
            ChartSeries(name: "aligned", values: [0.5], color: "#000"),
            ChartSeries(name: "misaligned", values: [0.4], color: "#111"),
        ])
        let label = try #require(try ParsedSVG(chart.svg()).all("text", cssClass: "axis-label").first)
        #expect(label.text.hasSuffix("…"))
        #expect(label.text.hasPrefix("meta-llama"))
    }
}
