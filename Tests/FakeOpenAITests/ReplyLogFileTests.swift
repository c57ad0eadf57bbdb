import FakeOpenAI
import Foundation
import Testing

@Suite struct ReplyLogFileTests {
    @Test func writesOneSortedJSONLinePerReply() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reply-log-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let log = try #require(ReplyLogFile(path: path))
        let body = Data(#"{"model":"judge","messages":[]}"#.utf8)
        let request = FakeRequest(path: "/v1/chat/completions", authorization: nil, body: body)
        log.note(request, occurrence: 1, fault: .tooManyRequests)
        log.note(request, occurrence: 2, fault: nil)
        log.close()
        let hash = FakeModels.hash(#"{"model":"judge","messages":[]}"#)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == """
            {"hash":"\(hash)","model":"judge","occurrence":1,"outcome":"429"}
            {"hash":"\(hash)","model":"judge","occurrence":2,"outcome":"ok"}

            """)
    }

    @Test func anUnwritablePathIsNil() {
        #expect(ReplyLogFile(path: "/nonexistent-dir/log.jsonl") == nil)
    }
}
