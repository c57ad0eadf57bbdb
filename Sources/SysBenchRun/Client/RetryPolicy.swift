import Foundation

/// When and how long to wait before trying a request again. Pure: the clock and the
/// random source come in as arguments, so every decision is testable.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in total, the first included.
    public var maxAttempts: Int
    /// The first backoff; doubles with each attempt.
    public var base: Duration
    /// Upper bound of one wait (also caps a server's Retry-After).
    public var cap: Duration

    /// Creates a policy.
    public init(maxAttempts: Int = 8, base: Duration = .milliseconds(500), cap: Duration = .seconds(60)) {
        self.maxAttempts = max(1, maxAttempts)
        self.base = base
        self.cap = cap
    }

    /// What to do after a failed attempt.
    public enum Decision: Sendable, Hashable {
        /// Wait this long, then try again.
        case retry(after: Duration)
        /// Give up and report the failure.
        case giveUp
    }

    /// Decides after attempt number `attempt` (1-based) failed with `failure`.
    /// Backoff is "equal jitter": half of min(cap, base·2^(attempt-1)) plus a uniform
    /// share of the other half (`unit` in [0, 1) is the random draw), so waits spread
    /// out but never collapse to zero; a readable Retry-After wins over it.
    public func decide(after failure: HTTPFailure, attempt: Int, now: Date, unit: Double) -> Decision {
        guard failure.isTransient, attempt < maxAttempts else { return .giveUp }
        if case .status(_, _, let header?) = failure, let asked = RetryAfter.delay(header, now: now) {
            return .retry(after: min(asked, cap))
        }
        let exponent = min(attempt - 1, 30)
        let ceiling = min(cap, base * Double(1 << exponent))
        let half = ceiling / 2
        return .retry(after: half + half * min(max(unit, 0), 1))
    }
}
