import Testing
@testable import SysBenchRun

@Suite struct EndpointTests {
    @Test(arguments: [
        ("http://localhost:8000", "http://localhost:8000/v1/chat/completions"),
        ("http://localhost:8000/", "http://localhost:8000/v1/chat/completions"),
        ("http://localhost:8000/v1", "http://localhost:8000/v1/chat/completions"),
        ("http://localhost:11434/v1/", "http://localhost:11434/v1/chat/completions"),
        ("https://api.openai.com/v1", "https://api.openai.com/v1/chat/completions"),
        ("http://h:1/v1/chat/completions", "http://h:1/v1/chat/completions"),
        ("http://h:1/openai/deployments/x", "http://h:1/openai/deployments/x/chat/completions"),
    ])
    func normalises(_ pair: (String, String)) {
        #expect(Endpoint(baseURL: pair.0)?.chatCompletionsURL == pair.1)
    }

    @Test func rejectsNonHTTP() {
        #expect(Endpoint(baseURL: "localhost:8000") == nil)
        #expect(Endpoint(baseURL: "ftp://x") == nil)
        #expect(Endpoint(baseURL: "http://") == nil)
    }
}
