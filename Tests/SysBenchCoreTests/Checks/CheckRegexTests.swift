import Testing
@testable import SysBenchCore

@Suite struct CheckRegexTests {
    /// The answer `a` × `count` followed by `!`, where the backtracking patterns below fail
    /// at every start position only after trying every way to split the run of `a`.
    private func run(_ count: Int) -> String { String(repeating: "a", count: count) + "!" }

    @Test func theTimeLimitGrowsWithTheAnswer() {
        // 50 ms, and 1 µs a UTF-16 unit.
        #expect(CheckRegex.timeLimit(utf16Count: 0) == 50_000_000)
        #expect(CheckRegex.timeLimit(utf16Count: 16_384) == 66_384_000)
    }

    // Found with fuzz-check's seeds (Fuzz/Corpus/check keeps them): patterns without the
    // nested repetition the decoder refuses that still backtrack for ever, each on an answer
    // under 16 KB.
    // Before the time limit the first took seconds at 22 `a`s and doubled with each one more;
    // the second took 16 s on 300 `a`s.
    @Test(arguments: [
        ("(a|a)+$", 40), ("(a|aa)+$", 60), ("a*a*a*$", 4_000), ("(?:a{1,30}){1,30}$", 60),
    ])
    func backtrackingPatternsTheDecoderAdmitsStopAtTheTimeLimit(pattern: String, count: Int) throws {
        #expect(CheckRegex.hazard(in: pattern) == nil)
        let regex = try CheckRegex(pattern)
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(!regex.finds(in: run(count))) }
        #expect(elapsed < .seconds(5))
    }

    @Test func aSearchThatRunsOutOfTimeFindsNothing() throws {
        // `a*a*a*$` matches the empty string at the end of any text, but on this answer ICU
        // reaches it only after 350 million steps (16 s here), far past the 50 ms limit.
        #expect(!(try CheckRegex("a*a*a*$").finds(in: run(300))))
        // The same pattern on a short answer finishes in time and matches.
        #expect(try CheckRegex("a*a*a*$").finds(in: run(20)))
    }

    @Test func aWordRunOfHanCharactersStopsAtTheTimeLimit() throws {
        // `\w` matches Han characters, so `\w+\s` is quadratic on Chinese text without spaces.
        let answer = String(repeating: "字", count: 4_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(!(try! CheckRegex(#"\w+\s"#).finds(in: answer))) }
        #expect(elapsed < .seconds(5))
    }

    @Test func backReferencesAreRefused() throws {
        // Found with fuzz-check's seeds: ICU compares a back reference in one step, so
        // `(a*)\1b` ran 14 s on 4,000 `a`s while ICU reported few steps. The decoder refuses them.
        for pattern in [#"(a*)\1b"#, #"(.*)(.*)\2\1x"#, #"(?<w>a+)\k<w>"#] {
            #expect(CheckRegex.hazard(in: pattern)?.contains("back reference") == true, "\(pattern)")
        }
        // An escaped backslash before a digit, an octal escape and \d are no back reference.
        for pattern in [#"C:\\1"#, #"\0101"#, #"\d+\.\d"#, #"[\\]1"#] {
            #expect(CheckRegex.hazard(in: pattern) == nil, "\(pattern)")
        }
    }

    @Test func patternsOver256UTF16UnitsAreRefused() throws {
        // Found by fuzz-check (a 271-unit pattern): Foundation on Linux leaks the heap copy
        // it makes of a pattern over 256 UTF-16 units each time it compiles one.
        let longest = String(repeating: "a", count: 256)
        #expect(CheckRegex.hazard(in: longest) == nil)
        #expect(try CheckRegex(longest).finds(in: longest))
        // 128 scalars outside the BMP are 256 units; one more scalar is over.
        #expect(CheckRegex.hazard(in: String(repeating: "😀", count: 128)) == nil)
        for pattern in [longest + "a", String(repeating: "😀", count: 128) + "a"] {
            #expect(CheckRegex.hazard(in: pattern)?.contains("longer than 256") == true)
            #expect(throws: CheckRegexError.self) { try CheckRegex(pattern) }
            #expect(!Check.matches(pattern).evaluate(pattern).passed)
        }
    }

    @Test func linearPatternsStillFindOnLongAnswers() throws {
        let long = String(repeating: "字", count: 100_000)
        #expect(try CheckRegex(#"\d{3}$"#).finds(in: long + "123"))
        #expect(try CheckRegex("热干面").finds(in: long + "热干面"))
        #expect(try CheckRegex(#"(?m)^- \S+"#).finds(in: long + "\n- item"))
        #expect(!(try CheckRegex("热干面").finds(in: long)))
    }
}
