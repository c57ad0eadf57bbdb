/// Runs a check on answers. Make one per check and reuse it: a `matches` pattern is
/// compiled once, here.
public struct CheckEvaluator: Sendable {
    /// The check it runs.
    public let check: Check
    private let regex: CheckRegex?

    /// Prepares `check`; fails only when its pattern does not compile.
    public init(_ check: Check) throws(CheckRegexError) {
        self.check = check
        if case .matches(let pattern) = check {
            regex = try CheckRegex(pattern)
        } else {
            regex = nil
        }
    }

    /// Runs the check on `answer`, the model's answer exactly as returned.
    public func evaluate(_ answer: String) -> CheckResult {
        switch check {
        case .count(let unit, let bounds):
            let value = TextMeasure.count(unit, in: answer)
            return CheckResult(passed: bounds.admit(value), value: value)
        case .contains(let needles):
            return CheckResult(passed: needles.allSatisfy { Self.occurs($0, in: answer) })
        case .containsAny(let needles):
            return CheckResult(passed: needles.contains { Self.occurs($0, in: answer) })
        case .excludes(let needles):
            return CheckResult(passed: !needles.contains { Self.occurs($0, in: answer) })
        case .startsWith(let prefix):
            return CheckResult(passed: TextMeasure.trimmed(answer).unicodeScalars.starts(with: prefix.unicodeScalars))
        case .endsWith(let suffix):
            return CheckResult(passed: TextMeasure.trimmed(answer).unicodeScalars.reversed().starts(with: suffix.unicodeScalars.reversed()))
        case .matches:
            return CheckResult(passed: regex?.finds(in: answer) ?? false)
        case .json:
            return CheckResult(passed: StrictJSON.isValid(Self.unfenced(TextMeasure.trimmed(answer))))
        }
    }

    /// Whether `needle` occurs in `text`, scalar by scalar (no normalisation, so `é` as
    /// one scalar and as `e` plus a combining accent differ). The empty string occurs everywhere.
    static func occurs(_ needle: String, in text: String) -> Bool {
        let needle = Array(needle.unicodeScalars)
        guard let first = needle.first else { return true }
        let haystack = text.unicodeScalars
        var index = haystack.startIndex
        while let found = haystack[index...].firstIndex(of: first) {
            if haystack[found...].starts(with: needle) { return true }
            index = haystack.index(after: found)
        }
        return false
    }

    /// The text with one enclosing code fence removed: a first line of ``` or ```json and
    /// a last line of ```. A line's trailing CR (of a CR LF) is not part of it. Without
    /// such a fence the text is returned as it is.
    static func unfenced(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let firstBreak = scalars.firstIndex(of: "\n"), let lastBreak = scalars.lastIndex(of: "\n") else { return text }
        func line(_ range: Range<Substring.UnicodeScalarView.Index>) -> String {
            var line = String(scalars[range])
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return line
        }
        let opening = line(scalars.startIndex..<firstBreak)
        let closing = line(scalars.index(after: lastBreak)..<scalars.endIndex)
        guard opening == "```" || opening == "```json", closing == "```" else { return text }
        // With a single line break the fence encloses nothing.
        guard firstBreak < lastBreak else { return text[text.endIndex...] }
        return Substring(scalars[scalars.index(after: firstBreak)..<lastBreak])
    }
}

extension Check {
    /// Runs the check on `answer` once. A `matches` pattern that does not compile fails.
    /// To run one check on many answers, make a `CheckEvaluator` instead.
    public func evaluate(_ answer: String) -> CheckResult {
        guard let evaluator = try? CheckEvaluator(self) else { return CheckResult(passed: false) }
        return evaluator.evaluate(answer)
    }
}
