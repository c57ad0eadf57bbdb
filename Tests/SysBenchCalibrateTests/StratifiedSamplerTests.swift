import SysBenchCore
import Testing
@testable import SysBenchCalibrate

@Suite struct StratifiedSamplerTests {
    /// A run with, per type, this many items the judge passed, did not pass, and failed on.
    static func run(_ counts: [ConstraintType: (passed: Int, notPassed: Int, failures: Int)]) -> [SampleItem] {
        var items: [SampleItem] = []
        for type in ConstraintType.allCases {
            guard let count = counts[type] else { continue }
            let verdicts = Array(repeating: "是", count: count.passed)
                + (0..<count.notPassed).map { $0 % 2 == 0 ? "否" : "不适用" }
                + Array(repeating: nil as String?, count: count.failures)
            for (offset, verdict) in verdicts.enumerated() {
                items.append(SampleItem(
                    key: ItemKey(caseID: "\(type.rawValue)-\(offset / 3)", turn: 1, item: offset % 3 + 1),
                    type: type, alignment: offset % 2 == 0 ? .aligned : .misaligned, criterion: "c\(offset)",
                    system: "s", history: [], user: "u", response: "r", judge: verdict))
            }
        }
        return items
    }

    static let items = run([
        .action: (10, 10, 0), .content: (10, 0, 0), .background: (1, 1, 0),
        .format: (3, 1, 1), .style: (10, 2, 0),
    ])

    @Test func evenSplitHandsOutRoundTheGroups() {
        // Round by round: 1,1,1 → 2,1,2 → 3,1,3 → 4,1,4 → 5,1,4 (ten given).
        #expect(EvenSplit.split(10, capacities: [5, 1, 5]) == [5, 1, 4])
        #expect(EvenSplit.split(7, capacities: [9, 9, 9]) == [3, 2, 2])
        #expect(EvenSplit.split(0, capacities: [3]) == [0])
        #expect(EvenSplit.split(4, capacities: [0, 10]) == [0, 4])
    }

    @Test func quotasWorkedByHand() {
        // Type capacities: action 20, content 10, background 2, role 0, format 4 (one judge
        // failure left out), style 12. 20 over five types: 4 each with background capped at
        // 2, then the two left go to action and content: 5, 5, 2, 0, 4, 4.
        // Within: action 5 → 3 passed 2 not; content 5 → 5, 0; background 1, 1;
        // format 4 of (3, 1) → 3, 1; style 4 → 2, 2.
        let quotas = StratifiedSampler.quotas(Self.items, size: 20)
        func quota(_ type: ConstraintType, _ passed: Bool) -> Int {
            quotas[StratifiedSampler.Stratum(type: type, passed: passed)] ?? -1
        }
        let expected: [(ConstraintType, Int, Int)] = [
            (.action, 3, 2), (.content, 5, 0), (.background, 1, 1), (.role, 0, 0), (.format, 3, 1), (.style, 2, 2),
        ]
        for (type, passed, notPassed) in expected {
            #expect(quota(type, true) == passed, "\(type) passed")
            #expect(quota(type, false) == notPassed, "\(type) not passed")
        }
    }

    @Test func theSampleFollowsTheQuotasInKeyOrder() throws {
        let sample = try StratifiedSampler.sample(Self.items, size: 20, seed: 7)
        #expect(sample.count == 20)
        #expect(sample.map(\.key) == sample.map(\.key).sorted())
        #expect(Set(sample.map(\.key)).count == 20)
        #expect(sample.allSatisfy { $0.judge != nil })
        let styleNotPassed = sample.filter { $0.type == .style && $0.judge != "是" }
        #expect(styleNotPassed.count == 2)
        #expect(sample.filter { $0.type == .action }.count == 5)
    }

    @Test func sameInputsSameSampleWhateverTheInputOrder() throws {
        let first = try StratifiedSampler.sample(Self.items, size: 17, seed: 42)
        let again = try StratifiedSampler.sample(Self.items.reversed(), size: 17, seed: 42)
        #expect(first == again)
        let otherSeed = try StratifiedSampler.sample(Self.items, size: 17, seed: 43)
        #expect(first.map(\.key) != otherSeed.map(\.key))
    }

    @Test func theWholeRunCanBeSampled() throws {
        #expect(try StratifiedSampler.sample(Self.items, size: 48, seed: 1).count == 48)
    }

    @Test func errors() {
        #expect(throws: CalibrationError(message: "the sample size 49 is larger than the 48 items the judge gave a verdict on")) {
            try StratifiedSampler.sample(Self.items, size: 49, seed: 1)
        }
        #expect(throws: CalibrationError(message: "the run has judge failures only: no item has a verdict to calibrate")) {
            try StratifiedSampler.sample(Self.run([.role: (0, 0, 3)]), size: 1, seed: 1)
        }
        #expect(throws: CalibrationError(message: "the sample size must be at least 1, not 0")) {
            try StratifiedSampler.sample(Self.items, size: 0, seed: 1)
        }
        #expect(throws: CalibrationError(message: "the run holds action-0 turn 1 item 1 twice")) {
            try StratifiedSampler.sample(Self.items + Self.items.prefix(1), size: 3, seed: 1)
        }
    }
}
