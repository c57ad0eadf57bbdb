import Foundation
import Testing
@testable import SysBenchRun

@Suite struct ReleaseFileTests {
    @Test func decodesReleaseRecords() throws {
        let release = try Fixtures.release()
        #expect(release.cases.map(\.id) == ["alpha-travel", "beta-tutor", "gamma-legal"])
        #expect(release.cases[1].language == "zh")
        #expect(release.cases[1].turns[1].usableReference == nil)
        #expect(release.cases[0].turns[1].checklist.map(\.type) == [.content, .format])
        #expect(release.sha256.count == 64)
    }

    @Test func pointsAtTheBadLine() {
        let text = Fixtures.lines[0] + "\n\n" + #"{"id":"x","mode":"parallel"}"# + "\n"
        #expect(throws: RunError.releaseFile(path: "d.jsonl", line: 3, message: "record: missing 'domain'")) {
            try ReleaseFile.decode(Data(text.utf8), path: "d.jsonl")
        }
        let repeated = Fixtures.lines[0] + "\n" + Fixtures.lines[0]
        #expect(throws: RunError.releaseFile(path: "d.jsonl", line: 2, message: "case id \"alpha-travel\" repeated")) {
            try ReleaseFile.decode(Data(repeated.utf8), path: "d.jsonl")
        }
    }

    @Test func aMissingFileSaysWhyItCannotBeRead() {
        #expect(throws: RunError.releaseFile(path: "/nonexistent/release.jsonl", line: nil, message: "cannot read: No such file or directory")) {
            try ReleaseFile.load(path: "/nonexistent/release.jsonl")
        }
    }
}
