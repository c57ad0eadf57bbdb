import Testing
@testable import SysBenchReport

@Suite struct LineChartTests {
    @Test func onePolylineAndNPointsPerSeries() throws {
        let chart = LineChart(
            title: "Dependent sessions: R1–R5 (%)", xLabels: ["R1", "R2", "R3", "R4", "R5"],
            series: [
                ChartSeries(name: "gpt4o", values: [0.9, 0.8, 0.7, 0.6, 0.5], color: "#0072B2"),
                ChartSeries(name: "gpt35", values: [0.7, 0.5, 0.4, 0.3, 0.2], color: "#D55E00"),
            ])
        let svg = try ParsedSVG(chart.svg())
        let lines = svg.all("polyline", cssClass: "series")
        #expect(lines.map { $0.attributes["data-series"] } == ["gpt4o", "gpt35"])
        for line in lines {
            #expect(line.attributes["points"]?.split(separator: " ").count == 5)
        }
        #expect(svg.all("circle", cssClass: "point").count == 10)
        #expect(svg.texts("axis-label") == ["R1", "R2", "R3", "R4", "R5"])
        #expect(svg.texts("tick") == ["0%", "20%", "40%", "60%", "80%", "100%"])
        #expect(svg.texts("chart-title") == ["Dependent sessions: R1–R5 (%)"])
        #expect(svg.legend == ["gpt4o", "gpt35"])
    }

    @Test func higherValuesAreDrawnHigher() throws {
        let chart = LineChart(title: "t", xLabels: ["R1", "R2"], series: [
            ChartSeries(name: "m", values: [1.0, 0.0], color: "#000"),
        ])
        let points = try ParsedSVG(chart.svg()).all("circle", cssClass: "point")
        let ys = points.compactMap { $0.attributes["cy"].flatMap(Double.init) }
        #expect(ys.count == 2 && ys[0] < ys[1])
    }

    @Test func undefinedValuesAreSkipped() throws {
        let chart = LineChart(title: "t", xLabels: ["R1", "R2", "R3"], series: [
            ChartSeries(name: "m", values: [0.5, nil, 0.2], color: "#000"),
        ])
        let svg = try ParsedSVG(chart.svg())
        #expect(svg.all("circle", cssClass: "point").count == 2)
    }
}
