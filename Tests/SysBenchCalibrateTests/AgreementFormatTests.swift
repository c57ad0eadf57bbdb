import Testing
@testable import SysBenchCalibrate

@Suite struct AgreementFormatTests {
    @Test func textHasTheOverallTableFirst() {
        let text = AgreementFormat.text.render(ReportFixture.report())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "3 items; no intervals")
        #expect(lines[2] == "Agreement over all items")
        #expect(lines[3] == "pair                 n  agreement  Cohen's κ  Gwet's AC1  Krippendorff's α")
        #expect(lines[4] == "alice vs judge:m     3      0.667      0.000       0.538             0.000")
        #expect(lines[7] == "majority vs judge:m  2      1.000          –           –                 –")
        #expect(text.contains("alice vs judge:m: confusion matrix (rows alice, columns judge:m)\n"
            + "alice \\ judge:m  yes  no\nyes                2   1\nno                 0   0\n"))
        #expect(text.contains("alice vs judge:m: disagreements\ncase  turn  item  alice  judge:m\nc1       1     2    yes       no\n"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func textShowsIntervals() {
        let text = AgreementFormat.text.render(ReportFixture.report(replicates: 50))
        #expect(text.hasPrefix("3 items; 95% percentile bootstrap over cases, 50 replicates, seed 7\n"))
        #expect(text.contains("1.000 [1.000, 1.000]"))
    }

    @Test func markdownUsesPipeTables() {
        let markdown = AgreementFormat.markdown.render(ReportFixture.report())
        #expect(markdown.hasPrefix("_3 items; no intervals_\n\n### Agreement over all items\n\n"
            + "| pair | n | agreement | Cohen's κ | Gwet's AC1 | Krippendorff's α |\n"))
    }

    @Test func csvHasOneRowPerPairAndGroup() {
        let csv = AgreementFormat.csv.render(ReportFixture.report())
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "a,b,group,n,agreement,agreement_low,agreement_high,cohen_kappa,cohen_kappa_low,"
            + "cohen_kappa_high,gwet_ac1,gwet_ac1_low,gwet_ac1_high,krippendorff_alpha,krippendorff_alpha_low,"
            + "krippendorff_alpha_high")
        #expect(lines[1] == "alice,judge:m,all,3,0.6666666666666666,,,0.0,,,0.5384615384615384,,,0.0,,")
        #expect(lines.count == 1 + 4 * 9 + 1)
        #expect(lines.last == "people,,people,2,,,,,,,,,,0.0,,")
    }

    @Test func jsonIsIndentedAndEndsWithANewline() {
        let json = AgreementFormat.json.render(ReportFixture.report())
        #expect(json.hasPrefix("{\n  \"items\": 3,\n  \"pairs\": [\n"))
        #expect(json.hasSuffix("}\n"))
    }
}
