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
/// Two guards keep a pattern from running away. On the pattern, `CheckDecoder` refuses
/// patterns longer than `maxPatternLength` (as `init` does), patterns with a repeated
/// group that itself repeats unboundedly (`(a+)+`, `(\w*\s?)*`), the shape of the classic
/// catastrophic-backtracking expressions, and back references, so the author hears of
/// them at lint time. On the match, a time limit: patterns the first guard cannot see
/// (`(a|a)+$`, `a*a*a*$`, `\w+\s` on a long run of Han characters) still take exponential
/// or polynomial time, so `finds(in:)` gives up after `timeLimit(utf16Count:)` of
/// processor time and the pattern is then taken as not found. ICU counts its work in steps,
/// but Foundation reports them mixed with the start positions it tries, so no step budget
/// can be read from outside: the limit is time, and a verdict of a search that reaches it
/// can depend on the machine. Patterns that read the answer once never come near it.
public struct CheckRegex: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable after creation and documented as
    // safe to use from several threads at once.
    private let regex: NSRegularExpression

    /// The longest pattern accepted, in UTF-16 code units (what Foundation measures).
    /// Foundation on Linux copies a longer pattern to the heap to compile it and never
    /// frees the copy (`_CFRegularExpressionCreate` frees it only when compiling fails), so
    /// every compilation of one would leak; 256 units it copies on the stack.
    public static let maxPatternLength = 256

    /// Compiles `pattern`, or returns ICU's complaint; refuses a pattern over
    /// `maxPatternLength`.
    public init(_ pattern: String) throws(CheckRegexError) {
        guard pattern.utf16.count <= Self.maxPatternLength else {
            throw CheckRegexError(message: "the regular expression is longer than \(Self.maxPatternLength) characters")
        }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [])
        } catch {
            throw CheckRegexError(message: "the regular expression does not compile")
        }
    }

    /// Whether the pattern finds a match anywhere in `text` within `timeLimit(utf16Count:)`
    /// of processor time; a search that would take longer finds nothing.
    public func finds(in text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        let deadline = Self.threadCPUNanoseconds() + Self.timeLimit(utf16Count: range.length)
        var reports = 0
        var found = false
        // With `.reportProgress` ICU calls back once for each start position it tries and
        // once every 10,000 steps of its matching engine; a match ends the search. The clock
        // is read on every 16th call, which costs little even when the calls are cheap.
        regex.enumerateMatches(in: text, options: [.reportProgress], range: range) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
                return
            }
            reports += 1
            if reports % 16 == 0, Self.threadCPUNanoseconds() > deadline { stop.pointee = true }
        }
        return found
    }

    /// The processor time a search of a text of `utf16Count` code units may take, in
    /// nanoseconds: 50 ms, and 1 µs more for every code unit (66 ms on a 16 KB answer,
    /// 1 s on a megabyte). A pattern that reads the answer once needs a small part of it.
    public static func timeLimit(utf16Count: Int) -> Int64 {
        50_000_000 + 1_000 * Int64(utf16Count)
    }

    /// The processor time this thread has used, in nanoseconds: unlike the wall clock, it
    /// does not run on while other work has the processor.
    static func threadCPUNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// Why a pattern is refused before it is ever run, or nil when it is fine.
    public static func hazard(in pattern: String) -> String? {
        if pattern.utf16.count > maxPatternLength {
            return "the regular expression is longer than \(maxPatternLength) characters (UTF-16 units)"
        }
        if hasNestedRepetition(pattern) {
            return "the regular expression repeats a group that itself repeats without bound, which can take exponential time; rewrite it without the nested repetition"
        }
        if hasBackReference(pattern) {
            return "the regular expression refers back to a group (\\1 or \\k<name>), which can take cubic time on a long answer; rewrite it without the back reference"
        }
        return nil
    }

    /// Whether the pattern holds a back reference, `\1`…`\9` or `\k<name>`. ICU compares
    /// a back reference in one step of its engine whatever its length, so a search can run
    /// long between two progress reports, where `finds(in:)` reads the clock: `(a*)\1b`
    /// took 14 s on 4,000 `a`s while ICU reported few steps.
    /// Escapes are read in pairs, so `\\1` (a backslash, then 1) is no back reference.
    static func hasBackReference(_ pattern: String) -> Bool {
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "\\" else {
                index += 1
                continue
            }
            let escaped = scalars[index + 1]
            if ("1"..."9").contains(escaped) || escaped == "k" { return true }
            index += 2
        }
        return false
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
