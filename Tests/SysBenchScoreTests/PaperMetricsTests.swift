import Foundation
import KitSupport
import Testing
import SysBenchCore
@testable import SysBenchScore

/// The four published runs must give every number of `expected-metrics.json`
/// (the paper's Tables 2, 3, 4, 6 and 7) through the JSON report's own shape.
@Suite struct PaperMetricsTests {
    static let models = ["gpt4o", "gpt35", "glm4", "qwen2_7b"]

    @Test(arguments: models)
    func reproducesThePaper(model: String) throws {
        let expectedFile = Fixtures.sysbench.appendingPathComponent("expected-metrics.json")
        let expectedRoot = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: expectedFile)) as? [String: Any])
        let expectedModels = try #require(expectedRoot["models"] as? [String: Any])
        var expected = try #require(expectedModels[model] as? [String: Any])
        expected.removeValue(forKey: "label")

        let run = try RunLoader.load(
            path: Fixtures.sysbench.appendingPathComponent("runs/\(model)_eval.json").path)
        #expect(run.model == model)
        let report = ScoreReport(runs: [run], policy: .sysbench, bootstrap: BootstrapSettings(replicates: 0))
        let json = try JSONSerialization.jsonObject(with: Data(JSONWriter.write(report.json).utf8))
        let entries = try #require((json as? [String: Any])?["models"] as? [[String: Any]])
        #expect(entries.count == 1)
        let mismatches = compare(expected, entries.first, path: model)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    @Test func countsMatchTheRelease() throws {
        let run = try RunLoader.load(path: Fixtures.sysbench.appendingPathComponent("runs/gpt4o_eval.json").path)
        let metrics = RunMetrics(run, policy: .sysbench)
        #expect(metrics.counts.sessions == 500)
        #expect(metrics.counts.turns == 2500)
        #expect(metrics.counts.items == 5952)
        #expect(metrics.csrTotal.denominator == 5952)
        #expect(metrics.isr.aligned.denominator == 1951)
        #expect(metrics.isr.misaligned.denominator == 549)
        #expect(metrics.verdicts.other == ["不适用": 4, "无法判断": 1])
    }

    /// Walks `expected`, checking each number is within 1e-9 of the same path in `actual`.
    private func compare(_ expected: Any, _ actual: Any?, path: String) -> [String] {
        switch expected {
        case let object as [String: Any]:
            guard let actual = actual as? [String: Any] else { return ["\(path): not an object"] }
            return object.keys.sorted().flatMap { compare(object[$0] as Any, actual[$0], path: "\(path).\($0)") }
        case let array as [Any]:
            guard let actual = actual as? [Any], actual.count == array.count else {
                return ["\(path): array length differs"]
            }
            return array.indices.flatMap { compare(array[$0], actual[$0], path: "\(path)[\($0)]") }
        case let number as Double:
            guard let value = (actual as? NSNumber)?.doubleValue else { return ["\(path): missing"] }
            return abs(value - number) <= 1e-9 ? [] : ["\(path): \(value) ≠ \(number)"]
        default:
            return ["\(path): unexpected value in expectations"]
        }
    }
}
