/// Every request the fake server saw, and how often each body came, for scripting
/// "fail the first time" faults and for assertions.
public actor RequestLog {
    /// The requests in arrival order; always empty in a log that keeps only counts.
    public private(set) var requests: [FakeRequest] = []
    private var seen: [String: Int] = [:]
    private let keepsRequests: Bool

    /// An empty log. One that does not keep requests counts their bodies only, for a
    /// server that runs long (the stand-alone one, under a soak), which would otherwise
    /// hold every body it was sent until it exits.
    public init(keepsRequests: Bool = true) {
        self.keepsRequests = keepsRequests
    }

    /// Records `request` and returns how many times its body has come (1 the first time).
    public func note(_ request: FakeRequest) -> Int {
        if keepsRequests { requests.append(request) }
        seen[request.bodyHash, default: 0] += 1
        return seen[request.bodyHash] ?? 1
    }

    /// Requests for `model`.
    public func count(model: String) -> Int {
        requests.filter { $0.model == model }.count
    }
}
