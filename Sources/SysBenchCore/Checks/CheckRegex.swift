import Foundation

/// A compiled `matches` pattern.
///
/// The engine is Foundation's `NSRegularExpression`, which is ICU's on both Linux and
/// macOS: the same syntax (the Perl/Python family authors already write) and the same
/// results on every machine the toolkit runs on, matching over UTF-16 code units so
/// that `.` is one scalar and never a whole grapheme cluster. Swift's `Regex` would also
/// run on both, but it matches grapheme clusters by default (CR LF is one `.`) and is
/// markedly slower on long answers.
///
/// ICU offers no time limit through Foundation, so the guard is on the pattern:
/// `CheckDecoder` refuses patterns longer than `maxPatternLength` and patterns with a
/// repeated group that itself repeats unboundedly (`(a+)+`, `(\w*\s?)*`), the shape of
/// every classic catastrophic-backtracking expression.
public struct CheckRegex: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable after creation and documented as
    // safe to use from several threads at once.
    private let regex: NSRegularExpression

    /// The longest pattern accepted, in scalars.
    public static let maxPatternLength = 1000

    /// Compiles `pattern`, or returns ICU's complaint.
    public init(_ pattern: String) throws(CheckRegexError) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [])
        } catch {
            throw CheckRegexError(message: "the regular expression does not compile")
        }
    }

    /// Whether the pattern finds a match anywhere in `text`.
    public func finds(in text: String) -> Bool {
        regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Why a pattern is refused before it is ever run, or nil when it is fine.
    public static func hazard(in pattern: String) -> String? {
        if pattern.unicodeScalars.count > maxPatternLength {
            return "the regular expression is longer than \(maxPatternLength) characters"
        }
        if hasNestedRepetition(pattern) {
            return "the regular expression repeats a group that itself repeats without bound, which can take exponential time; rewrite it without the nested repetition"
        }
        return nil
    }

    /// Whether some group followed by `*`, `+` or `{n,}` holds an unbounded repetition.
    /// Escapes and character classes are skipped; bounded repeats `{n}`/`{n,m}` and `?`
    /// are not counted, since they cannot blow up on their own.
    static func hasNestedRepetition(_ pattern: String) -> Bool {
        let scalars = Array(pattern.unicodeScalars)
        // For each open group: does it contain an unbounded repetition so far?
        var groups: [Bool] = []
        var index = 0
        func unboundedQuantifier(at position: Int) -> Bool {
            guard position < scalars.count else { return false }
            switch scalars[position] {
            case "*", "+": return true
            case "{":
                var cursor = position + 1
                while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) { cursor += 1 }
                guard cursor > position + 1, cursor + 1 < scalars.count, scalars[cursor] == "," else { return false }
                return scalars[cursor + 1] == "}"
            default: return false
            }
        }
        func markRepetition() {
            if !groups.isEmpty { groups[groups.count - 1] = true }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                index += 2
                if unboundedQuantifier(at: index) { markRepetition() }
                continue
            case "[":
                // Skip the class; a `]` right after `[` or `[^` is a literal.
                index += 1
                if index < scalars.count, scalars[index] == "^" { index += 1 }
                if index < scalars.count, scalars[index] == "]" { index += 1 }
                while index < scalars.count, scalars[index] != "]" {
                    index += scalars[index] == "\\" ? 2 : 1
                }
                index += 1
                if unboundedQuantifier(at: index) { markRepetition() }
                continue
            case "(":
                groups.append(false)
            case ")":
                let inner = groups.popLast() ?? false
                if unboundedQuantifier(at: index + 1) {
                    if inner { return true }
                    markRepetition()
                } else if inner {
                    // The group is not repeated, but it still repeats inside its parent.
                    markRepetition()
                }
            default:
                if unboundedQuantifier(at: index + 1), scalar != "*", scalar != "+", scalar != "}" { markRepetition() }
            }
            index += 1
        }
        return false
    }
}

/// Why a regular expression cannot be used.
public struct CheckRegexError: Error, Sendable, Equatable {
    /// What is wrong, for a diagnostic.
    public var message: String
}
