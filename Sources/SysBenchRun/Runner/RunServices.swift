/// Where requests go: closures so tests, the HTTP client and batch files plug in alike.
public struct RunServices: Sendable {
    /// Answers a model request.
    public var generate: @Sendable (ChatRequest) async throws -> ChatResponse
    /// Answers a judge request.
    public var judge: @Sendable (ChatRequest) async throws -> ChatResponse

    /// Creates services.
    public init(
        generate: @escaping @Sendable (ChatRequest) async throws -> ChatResponse,
        judge: @escaping @Sendable (ChatRequest) async throws -> ChatResponse
    ) {
        self.generate = generate
        self.judge = judge
    }
}
