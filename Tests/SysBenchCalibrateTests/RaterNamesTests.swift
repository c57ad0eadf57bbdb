import Testing
@testable import SysBenchCalibrate

@Suite struct RaterNamesTests {
    @Test func duplicatesGetANumberSuffix() {
        #expect(RaterNames.unique(["judge:x", "judge:x", "alice", "judge:x"]) == ["judge:x", "judge:x#2", "alice", "judge:x#3"])
        #expect(RaterNames.unique(["a", "a#2", "a"]) == ["a", "a#2", "a#3"])
        #expect(RaterNames.judge(model: "gpt-4o") == "judge:gpt-4o")
    }

    @Test func majorityDropsTies() {
        let k1 = ItemKey(caseID: "c", turn: 1, item: 1), k2 = ItemKey(caseID: "c", turn: 1, item: 2)
        let k3 = ItemKey(caseID: "c", turn: 1, item: 3)
        let people = [
            RaterLabels(rater: "a", labels: [k1: .yes, k2: .yes, k3: .no]),
            RaterLabels(rater: "b", labels: [k1: .no, k2: .no]),
            RaterLabels(rater: "c", labels: [k1: .yes, k2: .other]),
        ]
        // k1: yes 2, no 1 → yes; k2: one each → tie, dropped; k3: only a → no.
        #expect(Majority.labels(of: people) == RaterLabels(rater: "majority", labels: [k1: .yes, k3: .no]))
    }
}
