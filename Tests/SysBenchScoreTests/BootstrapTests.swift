import Testing
@testable import SysBenchScore

@Suite struct BootstrapTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        var generator = SplitMix64(seed: 1_234_567)
        let values = (0..<5).map { _ in generator.next() }
        #expect(values == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func indicesStayInRangeAndCoverIt() {
        var generator = SplitMix64(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let index = generator.index(below: 5)
            #expect((0..<5).contains(index))
            seen.insert(index)
        }
        #expect(seen == Set(0..<5))
    }

    @Test func percentileInterpolates() {
        #expect(Bootstrap.percentile([1, 2, 3, 4, 5], 0.5) == 3)
        #expect(Bootstrap.percentile([1, 2, 3, 4, 5], 0.025) == 1.1)
        #expect(Bootstrap.percentile([1, 2], 0.975) == 1.975)
        #expect(Bootstrap.percentile([4], 0.3) == 4)
        #expect(Bootstrap.interval([], confidence: 0.95) == nil)
    }

    let summaries = (0..<40).map { i in
        SessionSummary(key: "s\(i)", satisfiedItems: i % 3, countedItems: 3,
                       passedTurns: i % 5, scoredTurns: 5, leadingPasses: i % 4)
    }

    @Test func sameSeedSameIntervalsOtherSeedOtherIntervals() throws {
        let settings = BootstrapSettings(replicates: 200, seed: 42)
        let first = Bootstrap.intervals(summaries, settings: settings)
        #expect(first == Bootstrap.intervals(summaries, settings: settings))
        #expect(first != Bootstrap.intervals(summaries, settings: BootstrapSettings(replicates: 200, seed: 43)))
        let headline = Bootstrap.headline(summaries)
        for (interval, value) in [(first.csr, headline.csr), (first.isr, headline.isr), (first.ssr, headline.ssr)] {
            let interval = try #require(interval)
            let value = try #require(value)
            #expect(interval.low <= value && value <= interval.high)
        }
    }

    @Test func identicalSessionsGiveADegenerateInterval() {
        let same = Array(repeating: SessionSummary(
            satisfiedItems: 2, countedItems: 4, passedTurns: 3, scoredTurns: 4, leadingPasses: 1), count: 10)
        let intervals = Bootstrap.intervals(same, settings: BootstrapSettings(replicates: 50))
        #expect(intervals.csr == Interval(low: 0.5, high: 0.5))
        #expect(intervals.isr == Interval(low: 0.75, high: 0.75))
        #expect(intervals.ssr == Interval(low: 0.25, high: 0.25))
    }

    @Test func noReplicatesNoIntervals() {
        let intervals = Bootstrap.intervals(summaries, settings: BootstrapSettings(replicates: 0))
        #expect(intervals.csr == nil && intervals.isr == nil && intervals.ssr == nil)
    }

    @Test func pairedDifferenceOfARunWithItselfIsZero() {
        let difference = Bootstrap.pairedDifference(
            base: summaries, other: summaries.reversed(), settings: BootstrapSettings(replicates: 100))
        #expect(difference.matchedSessions == 40)
        #expect(difference.estimate == Headline(csr: 0, isr: 0, ssr: 0))
        #expect(difference.intervals.csr == Interval(low: 0, high: 0))
    }

    @Test func pairedDifferenceUsesOnlyMatchedSessions() {
        let base = [
            SessionSummary(key: "a", satisfiedItems: 1, countedItems: 1, passedTurns: 1, scoredTurns: 1, leadingPasses: 1),
            SessionSummary(key: "b", satisfiedItems: 0, countedItems: 1, passedTurns: 0, scoredTurns: 1, leadingPasses: 0),
        ]
        let other = [
            SessionSummary(key: "a", satisfiedItems: 0, countedItems: 2, passedTurns: 0, scoredTurns: 1, leadingPasses: 0),
            SessionSummary(key: "z", satisfiedItems: 5, countedItems: 5, passedTurns: 1, scoredTurns: 1, leadingPasses: 1),
        ]
        let difference = Bootstrap.pairedDifference(base: base, other: other, settings: BootstrapSettings(replicates: 10))
        #expect(difference.matchedSessions == 1)
        #expect(difference.estimate == Headline(csr: -1, isr: -1, ssr: -1))
        #expect(difference.intervals.ssr == Interval(low: -1, high: -1))
    }
}
