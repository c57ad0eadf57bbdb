/// Every request the fake server saw, and how often each body came, for scripting
/// "fail the first time" faults and for assertions.
public actor RequestLog {
    /// The requests in arrival order.
    public private(set) var requests: [FakeRequest] = []
    private var seen: [String: Int] = [:]

    /// An empty log.
    public init() {}

    /// Records `request` and returns how many times its body has come (1 the first time).
    public func note(_ request: FakeRequest) -> Int {
        requests.append(request)
        seen[request.bodyHash, default: 0] += 1
        return seen[request.bodyHash] ?? 1
    }

    /// Requests for `model`.
    public func count(model: String) -> Int {
        requests.filter { $0.model == model }.count
    }
}
