/// Samples a run's progress at a fixed interval until cancelled.
public enum ProgressTicker {
    /// Calls `sink` with a snapshot every `interval` until the task is cancelled.
    public static func run(
        progress: RunProgress, every interval: Duration, sink: @Sendable (ProgressSnapshot) -> Void
    ) async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            sink(progress.snapshot())
        }
    }
}
