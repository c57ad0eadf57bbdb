import Foundation

/// Runs per-item work on a few threads and hands the results back in input order.
///
/// `build` and `lint` spend most of their time on work that concerns one file alone
/// (read, hash, parse, check, encode) and a little on work that must see the files in
/// order (cross-file rules, appending to the release, printing). The first kind runs
/// here on `workers` threads, the calling thread among them; the second runs in
/// `consume`, on the calling thread, one result at a time in input order, so output is
/// the same as a plain loop's. The calling thread works whenever the next output in
/// order is not ready yet, instead of waiting for it: on two cores, two threads then
/// share them, not two workers and a consumer that woke up for every batch (that cost
/// about 4,400 context switches and 3–8% of a 10,000-file build's time).
///
/// At most `window` items are in flight (started and not yet consumed), so memory is
/// bounded by the window and never by the number of items; a slow `consume` makes the
/// workers wait rather than pile up results.
///
/// A worker takes up to `batch` consecutive items at a time and hands them over
/// together, and each side wakes the other only when it is waiting: with a hand-over
/// per file, waking threads cost a sixth of a 10,000-file build on two cores.
///
/// An output is released on the thread that made it: a worker drops the outputs handed
/// back to it each time it takes a batch, and the calling thread drops its own. glibc's
/// `free` of a block that another thread allocated locks that thread's arena; with the
/// consumer freeing every case's strings, the threads waited on those locks and woke
/// each other up in the kernel.
public struct OrderedPipeline: Sendable {
    /// Threads running `work`, the calling thread included. One runs everything on the
    /// calling thread, in order.
    public let workers: Int
    /// Items started and not yet consumed, at most.
    public let window: Int
    /// Items a worker takes at once, at most.
    public let batch: Int

    /// A pipeline of `workers` threads (at least one, the caller's included) taking `batch` items at a time
    /// (at least one), with `window` items in flight (at least one; by default two
    /// batches a worker, enough to keep them busy while `consume` waits for a slow item).
    public init(workers: Int = OrderedPipeline.defaultWorkers, window: Int? = nil, batch: Int = 8) {
        self.workers = max(1, workers)
        self.batch = max(1, batch)
        self.window = max(1, window ?? 2 * self.workers * self.batch)
    }

    /// One worker per processor, up to four: beyond that the ordered stage and the disk
    /// keep up no better.
    public static var defaultWorkers: Int {
        min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4)
    }

    /// Runs `work` on every input and `consume` on every output in input order. When
    /// `consume` throws, no further work starts, the workers finish what they hold and
    /// exit, and the error is rethrown; nothing runs after this returns or throws.
    /// Errors of `work` travel as values (a `Result` in `Output`), to be thrown by
    /// `consume` when their turn comes.
    public func run<Inputs: RandomAccessCollection & Sendable, Output: Sendable, Failure: Error>(
        _ inputs: Inputs,
        work: @escaping @Sendable (Inputs.Element) -> Output,
        consume: (Output) throws(Failure) -> Void
    ) throws(Failure) {
        if workers == 1 || inputs.count <= 1 {
            for input in inputs { try consume(work(input)) }
            return
        }
        let shared = Shared<Output>(count: inputs.count, window: window, batch: batch)
        // The calling thread is one of the workers: it works whenever its next output is
        // not ready yet, so `workers` threads are busy, not `workers` plus a waiting one.
        let threads = min(workers, inputs.count) - 1
        for worker in 0..<threads {
            shared.started()
            let thread = Thread { shared.workLoop(worker, inputs, work) }
            thread.start()
        }
        defer { shared.stopAndWait() }
        var previous: Made<Output>?
        for position in 0..<inputs.count {
            let made = shared.take(position, returning: &previous, inputs, work)
            try consume(made.output)
            previous = made
        }
    }
}

/// An output and the worker that made it, to which it goes back once consumed
/// (`Shared.consumer` for those the calling thread made).
private struct Made<Output> {
    var output: Output
    var worker: Int
}

/// The state the consumer and the workers share, guarded by one condition lock.
private final class Shared<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private let batch: Int
    /// The next input a worker will take.
    private var next = 0
    /// Outputs handed to the consumer so far.
    private var consumed = 0
    /// Finished outputs waiting for their turn, by input index.
    private var results: [Int: Made<Output>] = [:]
    /// Consumed outputs waiting to be released by the worker that made them, by worker.
    private var consumedBy: [Int: [Output]] = [:]
    private var stopped = false
    /// Worker threads that have not exited yet.
    private var running = 0
    /// Workers waiting for room in the window, and whether the consumer waits for an
    /// output: a side signals only when the other is waiting.
    private var idleWorkers = 0
    private var consumerWaiting = false

    init(count: Int, window: Int, batch: Int) {
        self.count = count
        self.window = window
        self.batch = batch
    }

    func started() {
        condition.lock()
        running += 1
        condition.unlock()
    }

    /// A worker's life: take the next items while the window allows, work, store.
    func workLoop<Inputs: RandomAccessCollection>(_ worker: Int, _ inputs: Inputs, _ work: (Inputs.Element) -> Output) {
        condition.lock()
        while true {
            if let done = consumedBy.removeValue(forKey: worker) {
                // Released here, outside the lock.
                condition.unlock()
                _ = consume done
                condition.lock()
            }
            while !stopped, next < count, next >= consumed + window {
                idleWorkers += 1
                condition.wait()
                idleWorkers -= 1
            }
            if stopped || next >= count { break }
            workOnNextBatch(as: worker, inputs, work)
            if consumerWaiting { condition.broadcast() }
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// The output of input `index`, which the consumer asks for in order. Until it is
    /// ready, the consumer works on the next batch itself, as a worker would, while the
    /// window allows; it waits only when the window is full or every input is taken.
    /// The output it consumed before goes back to the worker that made it (leaving nil),
    /// to be released there; the consumer lets go of it before the lock does, since a
    /// copy still held after unlocking could be the last one, and then the consumer would
    /// free it after all. One the consumer made, it releases itself.
    func take<Inputs: RandomAccessCollection>(
        _ index: Int, returning previous: inout Made<Output>?, _ inputs: Inputs, _ work: (Inputs.Element) -> Output
    ) -> Made<Output> {
        // One it made itself, the consumer releases here, before taking the lock.
        if previous?.worker == Self.consumer { previous = nil }
        condition.lock()
        defer { condition.unlock() }
        if let made = previous {
            consumedBy[made.worker, default: []].append(made.output)
            previous = nil
        }
        while true {
            if let output = results.removeValue(forKey: index) {
                consumed += 1
                if idleWorkers > 0 { condition.broadcast() }
                return output
            }
            if !stopped, next < count, next < consumed + window {
                workOnNextBatch(as: Self.consumer, inputs, work)
                continue
            }
            consumerWaiting = true
            condition.wait()
            consumerWaiting = false
        }
    }

    /// Takes the next batch the window allows and works on it outside the lock, which the
    /// caller holds before and after; the outputs wait in `results`, marked as `worker`'s.
    private func workOnNextBatch<Inputs: RandomAccessCollection>(
        as worker: Int, _ inputs: Inputs, _ work: (Inputs.Element) -> Output
    ) {
        let first = next
        next = min(count, first + batch, consumed + window)
        let range = first..<next
        condition.unlock()
        let outputs = range.map { work(inputs[inputs.index(inputs.startIndex, offsetBy: $0)]) }
        condition.lock()
        for (offset, output) in outputs.enumerated() {
            results[first + offset] = Made(output: output, worker: worker)
        }
    }

    /// The worker number of outputs the consumer made itself (and releases itself).
    static var consumer: Int { -1 }

    /// Lets no more work start and waits until every worker has exited.
    func stopAndWait() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 {
            condition.wait()
        }
        results.removeAll()
        consumedBy.removeAll()
        condition.unlock()
    }
}
