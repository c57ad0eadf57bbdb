import Testing
@testable import SysBenchReport

@Suite struct StackedBarChartTests {
    @Test func segmentsPerRowWithTotals() throws {
        let chart = StackedBarChart(
            title: "Checklist verdicts (share of items)", rows: ["gpt4o", "gpt35"],
            parts: [
                .init(name: "yes", color: "#009E73", counts: [75, 50]),
                .init(name: "no", color: "#D55E00", counts: [25, 50]),
                .init(name: "other (non-binary)", color: "#E69F00", counts: [0, 3]),
            ])
        let svg = try ParsedSVG(chart.svg())
        // The empty "other" segment of the first row is not drawn.
        #expect(svg.all("rect", cssClass: "segment").count == 5)
        #expect(svg.texts("axis-label") == ["gpt4o", "gpt35"])
        #expect(svg.texts("total") == ["100", "103"])
        #expect(svg.legend == ["yes", "no", "other (non-binary)"])
        let titles = svg.all("title").map(\.text)
        #expect(titles.contains("gpt4o, yes: 75 (75.0%)"))
    }

    @Test func segmentWidthsAreProportional() throws {
        let chart = StackedBarChart(title: "t", rows: ["m"], parts: [
            .init(name: "yes", color: "#000", counts: [3]),
            .init(name: "no", color: "#111", counts: [1]),
        ])
        let widths = try ParsedSVG(chart.svg()).all("rect", cssClass: "segment")
            .compactMap { $0.attributes["width"].flatMap(Double.init) }
        #expect(widths.count == 2)
        #expect(abs(widths[0] / widths[1] - 3) < 0.05)
    }
}
