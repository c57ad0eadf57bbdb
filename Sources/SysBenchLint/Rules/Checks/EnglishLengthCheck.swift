import KitSupport
import SysBenchCore

/// Finds a whole-answer length in an English checklist item: "at most 150 words",
/// "exactly three bullet points", "fewer than 4 paragraphs" … with a unit of CHECKS.md.
/// Sentences have no unit there, so they get no suggestion; a clause that speaks of a
/// part of the answer (each, every, per, the first …) is skipped.
enum EnglishLengthCheck {
    /// The count check the text states, or nil.
    static func suggest(for text: String) -> Check? {
        // Every suggestion ends in a unit word, so a text naming none gets none. Lower-casing
        // makes ASCII letters only of ASCII letters, of K (Kelvin sign) and of İ, whose "i"
        // is followed by a combining dot and so ends a word; neither can spell a unit.
        guard unitStems.occur(in: text) else { return nil }
        var found: [(unit: CountUnit, bounds: CountBounds)] = []
        for clause in clauses(text) where !clause.contains(where: partWords.contains) {
            var index = 0
            while index < clause.count {
                if let match = length(in: clause, at: index) {
                    found.append((match.unit, match.bounds))
                    index = match.next
                } else {
                    index += 1
                }
            }
        }
        guard let first = found.first else { return nil }
        // "at least 100 words and at most 200 words" is one check with two bounds.
        if found.count == 2, found[1].unit == first.unit {
            var merged = first.bounds
            let second = found[1].bounds
            merged.lessThan = merged.lessThan ?? second.lessThan
            merged.atMost = merged.atMost ?? second.atMost
            merged.moreThan = merged.moreThan ?? second.moreThan
            merged.atLeast = merged.atLeast ?? second.atLeast
            let lowers = [merged.moreThan, merged.atLeast].compactMap { $0 }.count
            let uppers = [merged.lessThan, merged.atMost].compactMap { $0 }.count
            if merged.equals == nil, lowers == 1, uppers == 1 { return .count(first.unit, merged) }
        }
        return .count(first.unit, first.bounds)
    }

    /// What every key of `units` starts with.
    private static let unitStems = ByteSearch.ASCIIWords(["word", "character", "line", "paragraph", "bullet"])

    private static let partWords: Set<String> = ["each", "every", "per", "first", "last", "title", "heading", "summary", "section", "item"]

    private static let phrases: [(words: [String], bound: @Sendable (Int) -> CountBounds)] = [
        (["no", "more", "than"], { CountBounds(atMost: $0) }),
        (["at", "most"], { CountBounds(atMost: $0) }),
        (["fewer", "than"], { CountBounds(lessThan: $0) }),
        (["less", "than"], { CountBounds(lessThan: $0) }),
        (["under"], { CountBounds(lessThan: $0) }),
        (["at", "least"], { CountBounds(atLeast: $0) }),
        (["more", "than"], { CountBounds(moreThan: $0) }),
        (["exactly"], { CountBounds(equals: $0) }),
    ]

    private static let numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                      "eighteen", "nineteen", "twenty"]

    private static let units: [String: CountUnit] = [
        "word": .words, "words": .words, "character": .chars, "characters": .chars, "line": .lines, "lines": .lines,
        "paragraph": .paragraphs, "paragraphs": .paragraphs, "bullets": .bullets, "bullet": .bullets,
    ]

    private static func length(in words: [String], at index: Int) -> (unit: CountUnit, bounds: CountBounds, next: Int)? {
        for phrase in phrases where words[index...].starts(with: phrase.words) {
            // "no more than" must not also be read as "more than".
            if phrase.words == ["more", "than"], index > 0, words[index - 1] == "no" { continue }
            var cursor = index + phrase.words.count
            guard cursor < words.count else { return nil }
            let number: Int
            if let value = Int(words[cursor]), words[cursor].count <= 6 {
                number = value
            } else if let value = numberWords.firstIndex(of: words[cursor]) {
                number = value
            } else {
                return nil
            }
            cursor += 1
            guard cursor < words.count, let unit = units[words[cursor]] else { return nil }
            // "bullet points" / "bullet point": the second word belongs to the unit.
            if unit == .bullets, cursor + 1 < words.count, words[cursor + 1] == "points" || words[cursor + 1] == "point" { cursor += 1 }
            return (unit, phrase.bound(number), cursor + 1)
        }
        return nil
    }

    /// The text's clauses (split at , ; . : ! ? and their full-width forms), each as
    /// lower-cased words of ASCII letters and digits.
    private static func clauses(_ text: String) -> [[String]] {
        var clauses: [[String]] = []
        var words: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
                continue
            }
            endWord()
            if ",;.:!?，；。：！？".unicodeScalars.contains(scalar) {
                clauses.append(words)
                words = []
            }
        }
        endWord()
        clauses.append(words)
        return clauses
    }
}
