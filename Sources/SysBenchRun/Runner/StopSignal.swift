import Foundation

/// Asks a run to stop sending: once ``stop()`` is called no session starts and no
/// request is sent; requests already in flight finish (or time out) and are recorded.
/// Set from a signal handler's queue, read by the runner's tasks.
public final class StopSignal: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var stopped = false

    /// Creates a signal that has not fired.
    public init() {}

    /// Stops the run from sending anything more.
    public func stop() {
        lock.locked { stopped = true }
    }

    /// Whether ``stop()`` was called.
    public var isStopped: Bool {
        lock.locked { stopped }
    }

    /// Throws ``RunStopped`` once the run is stopping: called before every request.
    public func check() throws(RunStopped) {
        if isStopped { throw RunStopped() }
    }
}

/// A request that was not sent because the run is stopping; the session is simply
/// unfinished and a rerun continues it.
public struct RunStopped: Error, Sendable, Hashable {}
