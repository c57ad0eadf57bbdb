import Logging

/// A case the run could not finish in this invocation (retries exhausted); its
/// recorded work stays in the journal and a rerun continues it.
public struct IncompleteSession: Sendable, Hashable {
    /// The case id.
    public var caseID: String
    /// Why it stopped.
    public var reason: String
}

/// Runs sessions with at most `concurrency` in flight, in dataset order.
public struct RunScheduler: Sendable {
    /// The opened run.
    public let context: RunContext
    /// Where requests go.
    public let services: RunServices
    /// Sessions in flight.
    public let concurrency: Int
    /// Where stopped sessions are logged.
    public let logger: Logger
    /// Once stopped, no further session starts (the services refuse new requests).
    public var stop = StopSignal()
    /// The run stops when this many sessions in a row fail for the same connection reason.
    public var connectionFailureLimit = 3

    /// Creates a scheduler.
    public init(context: RunContext, services: RunServices, concurrency: Int, logger: Logger) {
        self.context = context
        self.services = services
        self.concurrency = max(1, concurrency)
        self.logger = logger
    }

    /// Runs every unfinished case. A failure retrying cannot fix (``RunError``) stops
    /// the whole run, and so do ``connectionFailureLimit`` sessions in a row that could
    /// not connect for the same reason (the server is down: the rest would fail alike);
    /// a session whose retries ran out otherwise is reported and the others go on.
    public func run() async throws -> [IncompleteSession] {
        let pending = await context.unfinishedCases()
        let runner = SessionRunner(context: context, services: services)
        let logger = logger
        let stop = stop
        return try await withThrowingTaskGroup(of: SessionOutcome.self) { group in
            var next = pending.makeIterator()
            var running = 0
            var incomplete: [IncompleteSession] = []
            var streak = DeadServer(limit: connectionFailureLimit)
            while true {
                while running < concurrency, !stop.isStopped, let record = next.next() {
                    running += 1
                    group.addTask {
                        do {
                            try await runner.run(record)
                            return SessionOutcome(incomplete: nil, connection: nil)
                        } catch let error as RunError {
                            throw error
                        } catch is CancellationError {
                            throw CancellationError()
                        } catch is RunStopped {
                            return SessionOutcome(incomplete: nil, connection: nil)
                        } catch {
                            logger.warning("session stopped", metadata: ["case": "\(record.id)", "error": "\(error)"])
                            let connection: String? = if case .connection(let reason) = error as? HTTPFailure { reason } else { nil }
                            return SessionOutcome(
                                incomplete: IncompleteSession(caseID: record.id, reason: String(describing: error)),
                                connection: connection)
                        }
                    }
                }
                guard let outcome = try await group.next() else { break }
                running -= 1
                if let session = outcome.incomplete { incomplete.append(session) }
                if let reason = streak.record(outcome) {
                    stop.stop()
                    group.cancelAll()
                    throw RunError.request(reason)
                }
            }
            return incomplete.sorted { $0.caseID < $1.caseID }
        }
    }
}

/// How one session ended, for the scheduler.
struct SessionOutcome: Sendable {
    /// Set when the session could not finish.
    var incomplete: IncompleteSession?
    /// The connection failure that ended it, if that is what did.
    var connection: String?
}

/// Counts sessions in a row that failed to connect for the same reason.
struct DeadServer {
    let limit: Int
    private var reason: String?
    private var count = 0

    init(limit: Int) { self.limit = limit }

    /// Adds one finished session; returns the message that stops the run once `limit`
    /// sessions in a row failed to connect for the same reason.
    mutating func record(_ outcome: SessionOutcome) -> String? {
        guard let connection = outcome.connection else {
            // A finished session, or one that failed otherwise, breaks the streak.
            if outcome.incomplete == nil || outcome.connection == nil { reason = nil; count = 0 }
            return nil
        }
        if connection == reason { count += 1 } else { reason = connection; count = 1 }
        guard count >= limit else { return nil }
        return "\(count) sessions in a row could not connect (\(connection)); stopped the run. "
            + "Check that the server is up, then run the same command again to resume"
    }
}
