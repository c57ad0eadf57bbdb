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

    /// Creates a scheduler.
    public init(context: RunContext, services: RunServices, concurrency: Int, logger: Logger) {
        self.context = context
        self.services = services
        self.concurrency = max(1, concurrency)
        self.logger = logger
    }

    /// Runs every unfinished case. A failure retrying cannot fix (``RunError``) stops
    /// the whole run; a session whose retries ran out is reported and the others go on.
    public func run() async throws -> [IncompleteSession] {
        let pending = await context.unfinishedCases()
        let runner = SessionRunner(context: context, services: services)
        let logger = logger
        return try await withThrowingTaskGroup(of: IncompleteSession?.self) { group in
            var next = pending.makeIterator()
            var running = 0
            var incomplete: [IncompleteSession] = []
            while true {
                while running < concurrency, let record = next.next() {
                    running += 1
                    group.addTask {
                        do {
                            try await runner.run(record)
                            return nil
                        } catch let error as RunError {
                            throw error
                        } catch is CancellationError {
                            throw CancellationError()
                        } catch {
                            logger.warning("session stopped", metadata: ["case": "\(record.id)", "error": "\(error)"])
                            return IncompleteSession(caseID: record.id, reason: String(describing: error))
                        }
                    }
                }
                guard let outcome = try await group.next() else { break }
                running -= 1
                if let outcome { incomplete.append(outcome) }
            }
            return incomplete.sorted { $0.caseID < $1.caseID }
        }
    }
}
