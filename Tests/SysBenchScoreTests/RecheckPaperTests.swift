import Foundation
import SysBenchCore
import Testing
@testable import SysBenchScore

/// `score --recheck` on GPT-4o's published run with the checks `import sysbench`
/// derives from the release, converted in memory: the numbers CHECKS.md states.
@Suite struct RecheckPaperTests {
    @Test func gpt4oComesOutAsTheSpecificationSays() throws {
        let release = Fixtures.sysbench.appendingPathComponent("system_benchmark_eval_datas.json").path
        let records = try RecordSource.load(release).records
        let dataset = try Recheck(records: records, source: release)
        let file = try RunLoader.locate(path: Fixtures.sysbench.appendingPathComponent("runs/gpt4o_eval.json").path)
        let loaded = try RunLoader.decodeWithTexts(file)
        let run = try dataset.apply(loaded.run, details: loaded.details)

        let summary = try #require(CheckSummary(run, policy: .sysbench))
        #expect(summary.counts.items == 64)
        #expect(summary.counts.changed == 22)
        #expect(summary.counts.judgeYesCheckNo == 22)
        #expect(summary.counts.judgeNoCheckYes == 1)
        #expect(summary.details.filter { $0.check.verify == .both }.count == 8)
        // The one item judged 否 whose count passes is a `both` item: the 否 stands.
        let stands = try #require(summary.details.first { $0.check.judge == .no && $0.check.passed })
        #expect(stands.check.verify == .both)
        #expect(stands.final == .no)

        let metrics = RunMetrics(run, policy: .sysbench)
        #expect(String(format: "%.2f", (metrics.csrTotal.value ?? 0) * 100) == "86.71")
        #expect(String(format: "%.2f", (metrics.isr.total.value ?? 0) * 100) == "75.56")
        #expect(String(format: "%.2f", (metrics.ssrTotal.value ?? 0) * 100) == "53.56")
        // Before the checks: the published numbers.
        let before = RunMetrics(loaded.run, policy: .sysbench)
        #expect(String(format: "%.2f", (before.csrTotal.value ?? 0) * 100) == "87.08")
        #expect(String(format: "%.2f", (before.isr.total.value ?? 0) * 100) == "76.36")
        #expect(String(format: "%.2f", (before.ssrTotal.value ?? 0) * 100) == "54.44")
    }
}
