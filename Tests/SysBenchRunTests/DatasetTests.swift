import Foundation
import Testing
@testable import SysBenchRun

@Suite struct DatasetTests {
    @Test func decodesReleaseRecords() throws {
        let dataset = try Fixtures.dataset()
        #expect(dataset.cases.map(\.id) == ["alpha-travel", "beta-tutor", "gamma-legal"])
        #expect(dataset.cases[1].language == "zh")
        #expect(dataset.cases[1].turns[1].usableReference == nil)
        #expect(dataset.cases[0].turns[1].checklist.map(\.type) == [.content, .format])
        #expect(dataset.sha256.count == 64)
    }

    @Test func pointsAtTheBadLine() {
        let text = Fixtures.lines[0] + "\n\n" + #"{"id":"x","mode":"parallel"}"# + "\n"
        #expect(throws: RunError.dataset(path: "d.jsonl", line: 3, message: "record: missing 'domain'")) {
            try Dataset.decode(Data(text.utf8), path: "d.jsonl")
        }
        let repeated = Fixtures.lines[0] + "\n" + Fixtures.lines[0]
        #expect(throws: RunError.dataset(path: "d.jsonl", line: 2, message: "case id \"alpha-travel\" repeated")) {
            try Dataset.decode(Data(repeated.utf8), path: "d.jsonl")
        }
    }
}
