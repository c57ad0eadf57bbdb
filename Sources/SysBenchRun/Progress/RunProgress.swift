import Foundation

extension NSLock {
    /// Runs `body` holding the lock.
    func locked<T>(_ body: () -> T) -> T {
        lock()
        defer { unlock() }
        return body()
    }
}

/// Thread-safe counters the runner updates and a reporter samples.
public final class RunProgress: @unchecked Sendable {
    // Guarded by `lock`; sampled a few times a second, updated once per request.
    private let lock = NSLock()
    private var done = 0
    private var total = 0
    private var doneHere = 0
    private var retries = 0
    private var rejected = 0
    private var judgeFailures = 0
    private var modelUsage = TokenUsage()
    private var judgeUsage = TokenUsage()
    private let start = ContinuousClock.now

    /// Starts from what the journal already holds.
    public init(total: Int, state: JournalState, judgmentsDone: Int, answersDone: Int) {
        self.total = total
        done = judgmentsDone + answersDone
        judgeFailures = state.judgments.values.filter { $0.failure != nil }.count
        modelUsage = state.modelUsage
        judgeUsage = state.judgeUsage
    }

    /// Counts a newly recorded journal entry.
    public func recorded(_ entry: JournalEntry) {
        lock.locked {
            switch entry {
            case .answer(_, _, let usage):
                done += 1
                doneHere += 1
                modelUsage = modelUsage + (usage ?? TokenUsage())
            case .judgment(_, let judgment):
                done += 1
                doneHere += 1
                if judgment.failure != nil { judgeFailures += 1 }
                judgeUsage = judgeUsage + (judgment.usage ?? TokenUsage())
            case .judgeRejected(_, _, _, let usage):
                rejected += 1
                judgeUsage = judgeUsage + (usage ?? TokenUsage())
            }
        }
    }

    /// Counts one retried HTTP attempt.
    public func retried() {
        lock.locked { retries += 1 }
    }

    /// The counters now.
    public func snapshot() -> ProgressSnapshot {
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return lock.locked {
            ProgressSnapshot(
                done: done, total: total, doneHere: doneHere, elapsed: seconds, retries: retries,
                rejectedJudgeReplies: rejected, judgeFailures: judgeFailures, modelUsage: modelUsage,
                judgeUsage: judgeUsage)
        }
    }
}
