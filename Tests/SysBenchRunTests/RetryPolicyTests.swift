import Foundation
import Testing
@testable import SysBenchRun

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 4, base: .milliseconds(100), cap: .seconds(1))
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func honoursRetryAfterSeconds() {
        let failure = HTTPFailure.status(code: 429, message: "slow down", retryAfter: "2")
        #expect(policy.decide(after: failure, attempt: 1, now: now, unit: 0.5) == .retry(after: .seconds(1)))  // capped
        let short = HTTPFailure.status(code: 429, message: "", retryAfter: "0.25")
        #expect(policy.decide(after: short, attempt: 1, now: now, unit: 0.9) == .retry(after: .milliseconds(250)))
    }

    @Test func honoursRetryAfterHTTPDate() {
        let date = "Tue, 14 Nov 2023 22:13:20 GMT"  // now + 0 s
        #expect(RetryAfter.delay(date, now: now) == .zero)
        #expect(RetryAfter.delay(date, now: now.addingTimeInterval(-0.5)) == .milliseconds(500))
        #expect(RetryAfter.delay("Tuesday, 14-Nov-23 22:13:20 GMT", now: now) == .zero)
        #expect(RetryAfter.delay("Tue Nov 14 22:13:20 2023", now: now) == .zero)
        #expect(RetryAfter.delay("soon", now: now) == nil)
        #expect(RetryAfter.delay("-3", now: now) == nil)
    }

    @Test func backsOffExponentiallyWithEqualJitter() {
        let failure = HTTPFailure.status(code: 503, message: "", retryAfter: nil)
        #expect(policy.decide(after: failure, attempt: 1, now: now, unit: 0) == .retry(after: .milliseconds(50)))
        #expect(policy.decide(after: failure, attempt: 1, now: now, unit: 1) == .retry(after: .milliseconds(100)))
        #expect(policy.decide(after: failure, attempt: 3, now: now, unit: 0) == .retry(after: .milliseconds(200)))
        let long = RetryPolicy(maxAttempts: 20, base: .milliseconds(100), cap: .seconds(1))
        #expect(long.decide(after: failure, attempt: 15, now: now, unit: 1) == .retry(after: .seconds(1)))
        // Unreadable Retry-After falls back to backoff.
        let odd = HTTPFailure.status(code: 429, message: "", retryAfter: "later")
        #expect(policy.decide(after: odd, attempt: 2, now: now, unit: 0) == .retry(after: .milliseconds(100)))
    }

    @Test func retriesTransientFailuresOnly() {
        for failure in [HTTPFailure.timeout, .connection("reset"), .unreadable("x"),
                        .status(code: 500, message: "", retryAfter: nil), .status(code: 429, message: "", retryAfter: nil)] {
            #expect(failure.isTransient)
            #expect(policy.decide(after: failure, attempt: 1, now: now, unit: 0) != .giveUp)
        }
        for code in [400, 401, 403, 404, 422] {
            let failure = HTTPFailure.status(code: code, message: "", retryAfter: "1")
            #expect(policy.decide(after: failure, attempt: 1, now: now, unit: 0) == .giveUp)
        }
    }

    @Test func givesUpAfterMaxAttempts() {
        #expect(policy.decide(after: .timeout, attempt: 3, now: now, unit: 0) != .giveUp)
        #expect(policy.decide(after: .timeout, attempt: 4, now: now, unit: 0) == .giveUp)
    }
}
