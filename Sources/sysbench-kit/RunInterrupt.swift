import Foundation
import SysBenchRun

/// Ctrl-C and `kill` for `run`: the first SIGINT or SIGTERM stops sending and gives
/// the requests in flight `grace` to finish (then they are cancelled), so the journal
/// is synced and the results file rewritten before the exit; a second signal exits at
/// once (the journal is already on disk, a rerun resumes).
final class RunInterrupt: @unchecked Sendable {
    /// Told to stop sending.
    let stop = StopSignal()
    // Guarded by `lock`.
    private let lock = NSLock()
    private var first: Int32?
    private var onGraceOver: (@Sendable () -> Void)?
    private var sources: [DispatchSourceSignal] = []
    private let grace: Duration

    /// Starts listening for SIGINT and SIGTERM.
    init(grace: Duration = .seconds(5)) {
        self.grace = grace
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.receive(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// The first signal received, if any.
    var received: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }

    /// 130 for SIGINT, 143 for SIGTERM.
    static func exitCode(_ number: Int32) -> Int32 { 128 + number }

    /// Runs `cancel` when the grace period after the first signal is over.
    func whenGraceIsOver(_ cancel: @escaping @Sendable () -> Void) {
        lock.lock()
        onGraceOver = cancel
        lock.unlock()
    }

    private func receive(_ number: Int32) {
        lock.lock()
        let earlier = first
        if earlier == nil { first = number }
        let cancel = onGraceOver
        lock.unlock()
        if let earlier {
            FileHandle.standardError.write(Data("\r\u{1B}[Kstopped at once; run the same command again to resume\n".utf8))
            _exit(Self.exitCode(earlier))
        }
        stop.stop()
        let name = number == SIGINT ? "interrupted" : "terminated"
        let seconds = grace.components.seconds
        let clear = isatty(2) == 1 ? "\r\u{1B}[K" : ""
        FileHandle.standardError.write(Data(
            "\(clear)\(name): no new requests; waiting up to \(seconds) s for those in flight (again to stop at once)\n".utf8))
        let grace = grace
        Task {
            try? await Task.sleep(for: grace)
            cancel?()
        }
    }

    /// Stops listening and restores the default handlers.
    func end() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
