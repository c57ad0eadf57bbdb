import Foundation
import Testing
@testable import KitSupport

@Suite struct OrderedPipelineTests {
    /// Counts items started and consumed, from any thread.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var started = 0
        private var consumed = 0
        private var mostInFlight = 0

        func start() {
            lock.lock()
            started += 1
            lock.unlock()
        }

        /// Called by the consumer, first thing for each item: the consumer has taken
        /// it, so from here on the workers may start items up to a window ahead.
        func consume() {
            lock.lock()
            consumed += 1
            lock.unlock()
        }

        /// Notes how many items are started and not yet consumed; call from the consumer.
        func sample() {
            lock.lock()
            mostInFlight = max(mostInFlight, started - consumed)
            lock.unlock()
        }

        var counts: (started: Int, mostInFlight: Int) {
            lock.lock()
            defer { lock.unlock() }
            return (started, mostInFlight)
        }
    }

    /// Work that takes a few hundred microseconds, longer for some items, so that
    /// items finish out of order.
    private static func slow(_ index: Int) -> Int {
        usleep(UInt32(index % 3 == 0 ? 900 : 100))
        return index * index
    }

    @Test(arguments: [1, 2, 4])
    func resultsComeInInputOrder(workers: Int) {
        var seen: [Int] = []
        OrderedPipeline(workers: workers, window: 3).run(Array(0..<50), work: Self.slow) { seen.append($0) }
        #expect(seen == (0..<50).map { $0 * $0 })
        seen = []
        OrderedPipeline(workers: workers, batch: 4).run(Array(0..<50), work: Self.slow) { seen.append($0) }
        #expect(seen == (0..<50).map { $0 * $0 })
    }

    @Test func noMoreThanTheWindowIsInFlight() {
        let tally = Tally()
        OrderedPipeline(workers: 4, window: 5).run(Array(0..<60), work: { index in
            tally.start()
            return Self.slow(index)
        }, consume: { _ in
            tally.consume()
            // A slow consumer: the workers must wait for it, not run ahead.
            usleep(300)
            tally.sample()
        })
        #expect(tally.counts.started == 60)
        #expect(tally.counts.mostInFlight <= 5)
        #expect(tally.counts.mostInFlight >= 2)
    }

    struct Stop: Error, Equatable {
        var at: Int
    }

    @Test func aThrowingConsumerStopsTheWorkAndItsErrorComesOut() {
        let tally = Tally()
        var consumed: [Int] = []
        #expect(throws: Stop(at: 10)) {
            try OrderedPipeline(workers: 3, window: 4).run(Array(0..<1000), work: { index in
                tally.start()
                return Self.slow(index)
            }, consume: { (value: Int) throws(Stop) in
                tally.consume()
                if value == 100 { throw Stop(at: 10) }
                consumed.append(value)
            })
        }
        #expect(consumed == (0..<10).map { $0 * $0 })
        // Items 0…10 plus at most a window's worth started after item 10 was handed out.
        #expect(tally.counts.started <= 11 + 4)
    }

    @Test func workErrorsTravelAsValuesAndAreThrownInOrder() {
        var consumed: [Int] = []
        #expect(throws: Stop(at: 7)) {
            try OrderedPipeline(workers: 2).run(Array(0..<20), work: { index -> Result<Int, Stop> in
                index == 7 || index == 12 ? .failure(Stop(at: index)) : .success(Self.slow(index))
            }, consume: { (result: Result<Int, Stop>) throws(Stop) in
                consumed.append(try result.get())
            })
        }
        #expect(consumed.count == 7)
    }

    /// An output that notes, when it is released, whether that happened on the thread
    /// that made it.
    private final class Owned: @unchecked Sendable {
        let maker = pthread_self()
        let released: Released

        init(_ released: Released) { self.released = released }

        deinit { released.note(onMaker: pthread_equal(maker, pthread_self()) != 0) }
    }

    private final class Released: @unchecked Sendable {
        private let lock = NSLock()
        private var byMaker = 0
        private var elsewhere = 0

        func note(onMaker: Bool) {
            lock.lock()
            if onMaker { byMaker += 1 } else { elsewhere += 1 }
            lock.unlock()
        }

        var counts: (byMaker: Int, elsewhere: Int) {
            lock.lock()
            defer { lock.unlock() }
            return (byMaker, elsewhere)
        }
    }

    @Test func outputsAreReleasedByTheWorkerThatMadeThem() {
        let released = Released()
        var consumed = 0
        OrderedPipeline(workers: 2, window: 8, batch: 2).run(Array(0..<400), work: { index in
            if index % 5 == 0 { usleep(200) }
            return Owned(released)
        }, consume: { _ in consumed += 1 })
        #expect(consumed == 400)
        let counts = released.counts
        #expect(counts.byMaker + counts.elsewhere == 400)
        // Only the outputs still waiting when the run ends (at most a window of them,
        // and the last one consumed) are released by the consumer.
        #expect(counts.elsewhere <= 9)
    }

    /// Which threads ran `work`, by their pthread ids.
    private final class Threads: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [pthread_t] = []

        func note() {
            lock.lock()
            if !seen.contains(where: { pthread_equal($0, pthread_self()) != 0 }) { seen.append(pthread_self()) }
            lock.unlock()
        }

        var all: [pthread_t] {
            lock.lock()
            defer { lock.unlock() }
            return seen
        }
    }

    @Test func theCallingThreadIsOneOfTheWorkers() {
        let threads = Threads()
        var seen: [Int] = []
        // Slow work: the caller never finds its next output ready at the start, so it
        // takes a batch itself; three workers are the caller and two more threads.
        OrderedPipeline(workers: 3, batch: 2).run(Array(0..<60), work: { index in
            threads.note()
            usleep(300)
            return index
        }, consume: { seen.append($0) })
        #expect(seen == Array(0..<60))
        let all = threads.all
        #expect(all.count <= 3)
        #expect(all.contains { pthread_equal($0, pthread_self()) != 0 })
    }

    @Test func emptyAndSingleInputsRun() {
        var seen: [Int] = []
        OrderedPipeline(workers: 2).run([Int](), work: { $0 }) { seen.append($0) }
        OrderedPipeline(workers: 2).run([5], work: { $0 + 1 }) { seen.append($0) }
        #expect(seen == [6])
    }

    @Test func workersAndWindowAreAtLeastOne() {
        let pipeline = OrderedPipeline(workers: 0, window: 0)
        #expect(pipeline.workers == 1)
        #expect(pipeline.window == 1)
        #expect(OrderedPipeline(workers: 3, batch: 0).batch == 1)
        #expect(OrderedPipeline(workers: 3).window == 48)
    }
}
