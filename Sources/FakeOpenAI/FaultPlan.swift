/// Seeded, deterministic fault injection for the fake server: which chat request
/// gets a 429, a 500, a dropped connection or an unreadable judge reply.
///
/// The decision is a pure function of the seed, the request body's hash and the
/// occurrence of that body (1 the first time it arrives, 2 for its first retry, …),
/// so the same run against the same plan meets the same faults, and a retry of a
/// faulted request draws again and eventually gets through. All rates 0 (the
/// default) inject nothing.
public struct FaultPlan: Sendable, Hashable {
    /// Share of chat requests answered 429 with a `Retry-After` header.
    public var tooManyRequests: Double
    /// Share of chat requests answered 500.
    public var serverError: Double
    /// Share of chat requests whose connection is closed without an answer.
    public var drop: Double
    /// Share of judge requests answered 200 with a reply no judge-reply parser can read.
    public var garbledJudge: Double
    /// Varies the draws: another seed meets other faults at the same rates.
    public var seed: UInt64
    /// The `Retry-After` value sent with a 429, in seconds.
    public var retryAfterSeconds: Int

    /// A fault the plan injects.
    public enum Fault: String, Sendable, Hashable, CaseIterable {
        /// HTTP 429 with `Retry-After`.
        case tooManyRequests = "429"
        /// HTTP 500.
        case serverError = "500"
        /// The connection closed without an answer.
        case drop
        /// A 200 judge reply without verdicts a parser can read.
        case garbledJudge = "garbled"
    }

    /// The text of an unreadable judge reply: no JSON object, no verdicts.
    public static let garbledReply = "I am sorry, I cannot grade this conversation right now."

    /// Creates a plan; rates are clamped to [0, 1].
    public init(
        tooManyRequests: Double = 0, serverError: Double = 0, drop: Double = 0, garbledJudge: Double = 0,
        seed: UInt64 = 0, retryAfterSeconds: Int = 1
    ) {
        self.tooManyRequests = Self.clamp(tooManyRequests)
        self.serverError = Self.clamp(serverError)
        self.drop = Self.clamp(drop)
        self.garbledJudge = Self.clamp(garbledJudge)
        self.seed = seed
        self.retryAfterSeconds = max(0, retryAfterSeconds)
    }

    /// Whether the plan injects anything at all.
    public var isEmpty: Bool {
        tooManyRequests == 0 && serverError == 0 && drop == 0 && garbledJudge == 0
    }

    /// The fault for occurrence `occurrence` of a body hashing to `bodyHash`, or nil
    /// for a normal answer. One uniform draw is cut into bands 429, 500, drop, and
    /// (judge requests only) garbled, so each rate holds on its own.
    public func fault(bodyHash: String, occurrence: Int, isJudge: Bool) -> Fault? {
        let draw = Self.unit(seed: seed, bodyHash: bodyHash, occurrence: occurrence)
        var edge = tooManyRequests
        if draw < edge { return .tooManyRequests }
        edge += serverError
        if draw < edge { return .serverError }
        edge += drop
        if draw < edge { return .drop }
        if isJudge, draw < edge + garbledJudge { return .garbledJudge }
        return nil
    }

    /// The fault for `request` (chat completions only: the server check's `GET …/models`
    /// is never faulted), judge requests being those for `judgeModel`.
    public func fault(for request: FakeRequest, occurrence: Int, judgeModel: String) -> Fault? {
        guard !isEmpty, request.path.hasSuffix("/chat/completions") else { return nil }
        return fault(bodyHash: request.bodyHash, occurrence: occurrence, isJudge: request.model == judgeModel)
    }

    /// What the server does for `fault`, after `delay`.
    public func action(for fault: Fault, model: String, delay: Duration) -> FakeAction {
        switch fault {
        case .tooManyRequests:
            return .error(429, "rate limit reached (injected)", headers: [("Retry-After", "\(retryAfterSeconds)")], delay: delay)
        case .serverError:
            return .error(500, "internal error (injected)", delay: delay)
        case .drop:
            return .drop(delay: delay)
        case .garbledJudge:
            return .completion(Self.garbledReply, model: model, delay: delay)
        }
    }

    /// `base` with this plan's faults laid over it; `observe` hears every chat
    /// request's occurrence and fault (nil for a normal answer).
    public func script(
        judgeModel: String, delay: Duration,
        over base: @escaping FakeOpenAIServer.Script,
        observe: @escaping @Sendable (FakeRequest, Int, Fault?) -> Void = { _, _, _ in }
    ) -> FakeOpenAIServer.Script {
        let plan = self
        return { request, occurrence in
            let fault = plan.fault(for: request, occurrence: occurrence, judgeModel: judgeModel)
            if request.path.hasSuffix("/chat/completions") { observe(request, occurrence, fault) }
            if let fault { return plan.action(for: fault, model: request.model, delay: delay) }
            return await base(request, occurrence)
        }
    }

    /// A uniform draw in [0, 1) from the seed, the body hash and the occurrence:
    /// FNV-1a over the three, finished with the SplitMix64 mixer so that nearby
    /// occurrences give unrelated draws.
    public static func unit(seed: UInt64, bodyHash: String, occurrence: Int) -> Double {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in "\(bodyHash)#\(occurrence)".utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        value = value &+ 0x9e37_79b9_7f4a_7c15
        value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
        value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
        value ^= value >> 31
        return Double(value >> 11) / Double(UInt64(1) << 53)
    }

    private static func clamp(_ rate: Double) -> Double {
        rate.isFinite ? min(max(rate, 0), 1) : 0
    }
}
