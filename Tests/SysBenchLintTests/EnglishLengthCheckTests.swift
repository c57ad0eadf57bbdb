import SysBenchCore
@testable import SysBenchLint
import Testing

@Suite struct EnglishLengthCheckTests {
    @Test func readsTheCommonForms() {
        let cases: [(String, Check)] = [
            ("Answer is under 200 words", .count(.words, CountBounds(lessThan: 200))),
            ("Uses no more than 3 paragraphs", .count(.paragraphs, CountBounds(atMost: 3))),
            ("At most 80 characters", .count(.chars, CountBounds(atMost: 80))),
            ("Fewer than 10 lines", .count(.lines, CountBounds(lessThan: 10))),
            ("Less than 500 characters in all", .count(.chars, CountBounds(lessThan: 500))),
            ("At least one bullet point", .count(.bullets, CountBounds(atLeast: 1))),
            ("More than 50 words", .count(.words, CountBounds(moreThan: 50))),
            ("Exactly three bullet points, each under 20 words.", .count(.bullets, CountBounds(equals: 3))),
            ("At least 100 words and at most 200 words", .count(.words, CountBounds(atMost: 200, atLeast: 100))),
        ]
        for (text, check) in cases {
            #expect(EnglishLengthCheck.suggest(for: text) == check, "\(text)")
        }
    }

    @Test func staysQuietOnPartsSentencesAndOtherThings() {
        for text in ["Each bullet is under 20 words", "Every paragraph has at most 4 lines", "Uses at most 3 sentences",
                     "Names at least two sights", "The title has fewer than 8 words", "Gives 60 to 120 words of narration", ""] {
            #expect(EnglishLengthCheck.suggest(for: text) == nil, "\(text)")
        }
    }
}
