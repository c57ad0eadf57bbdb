import FakeOpenAI
import Foundation
import Testing

@Suite struct RequestLogTests {
    static func request(_ body: String) -> FakeRequest {
        FakeRequest(path: "/v1/chat/completions", authorization: nil, body: Data(body.utf8))
    }

    @Test func countsEachBodyAndKeepsTheRequestsInOrder() async {
        let log = RequestLog()
        #expect(await log.note(Self.request(#"{"model":"a"}"#)) == 1)
        #expect(await log.note(Self.request(#"{"model":"b"}"#)) == 1)
        #expect(await log.note(Self.request(#"{"model":"a"}"#)) == 2)
        #expect(await log.requests.map(\.model) == ["a", "b", "a"])
        #expect(await log.count(model: "a") == 2)
    }

    @Test func aLogThatKeepsNoRequestsStillCountsBodies() async {
        let log = RequestLog(keepsRequests: false)
        #expect(await log.note(Self.request(#"{"model":"a"}"#)) == 1)
        #expect(await log.note(Self.request(#"{"model":"a"}"#)) == 2)
        #expect(await log.note(Self.request(#"{"model":"b"}"#)) == 1)
        #expect(await log.requests.isEmpty)
    }
}
