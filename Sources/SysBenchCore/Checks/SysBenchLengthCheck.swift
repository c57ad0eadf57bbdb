import KitSupport

/// Derives checks from the length vocabulary of SysBench's checklist items (CHECKS.md,
/// "Deriving checks"), for `import sysbench`.
///
/// An item such as `回答字数数量小于400` becomes `{count: chars, less_than: 400}` with
/// `verify: check`; `回复为四段，文本字数数量小于300` keeps the judge for the rest of
/// its text (`verify: both`). Items about a part of the answer (每个案例…, 总结部分的…)
/// do not match and get no check.
public enum SysBenchLengthCheck {
    /// The check and its `verify` for `text`, or nil when it states no whole-answer length.
    public static func derive(from text: String) -> (check: Check, verify: Verify)? {
        guard mayStateLength(text) else { return nil }
        var body = Substring(text).drop { $0.isWhitespace }
        while let last = body.last, last.isWhitespace { body = body.dropLast() }
        if body.last == "。" { body = body.dropLast() }
        let segments = body.split(omittingEmptySubsequences: false) { "，,；;".contains($0) }
        var found: [Check] = []
        for segment in segments {
            if let check = lengthCheck(segment) { found.append(check) }
        }
        guard found.count == 1, let check = found.first else { return nil }
        return (check, segments.count == 1 ? .check : .both)
    }

    /// Whether `text` can match at all: every length recognised says 字数数量. Most items do
    /// not, and splitting them into Characters was most of a 10,000-case `build`. Swift
    /// compares Characters up to canonical equivalence, and CJK compatibility ideographs
    /// (U+F900–U+FAFF, U+2F800–U+2FA1F) are canonically equal to unified ones (U+F97E is
    /// 量), so a text holding any of them takes the full path too.
    static func mayStateLength(_ text: String) -> Bool {
        ByteSearch.contains(text, "字数数量") || ByteSearch.containsScalar(in: text) {
            (0xF900...0xFAFF).contains($0) || (0x2F800...0x2FA1F).contains($0)
        }
    }

    private static let subjects = ["回答", "回答的", "回复", "文本", "答案", "输出", "输出总", "建议书", "创作的政务信息"]

    /// The check of a segment that is wholly
    /// `(回答|回答的|回复|文本|答案|输出|输出总|建议书|创作的政务信息)?(汉字)?字数数量(大于|小于|等于)?([0-9]{1,5})(个字|字)?`.
    static func lengthCheck(_ segment: Substring) -> Check? {
        // The optional subject is the only place a choice can go wrong (回答 / 回答的,
        // 输出 / 输出总), so each is tried, the empty one included.
        for subject in [""] + subjects where segment.hasPrefix(subject) {
            if let check = afterSubject(segment.dropFirst(subject.count)) { return check }
        }
        return nil
    }

    private static func afterSubject(_ text: Substring) -> Check? {
        var rest = text
        let han = rest.hasPrefix("汉字")
        if han { rest = rest.dropFirst(2) }
        guard rest.hasPrefix("字数数量") else { return nil }
        rest = rest.dropFirst(4)
        var bound: (Int) -> CountBounds = { CountBounds(lessThan: $0) }
        if rest.hasPrefix("大于") {
            bound = { CountBounds(moreThan: $0) }
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix("小于") {
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix("等于") {
            bound = { CountBounds(equals: $0) }
            rest = rest.dropFirst(2)
        }
        let digits = rest.unicodeScalars.prefix { ("0"..."9").contains($0) }
        guard (1...5).contains(digits.count), let number = Int(String(digits)) else { return nil }
        rest = Substring(rest.unicodeScalars.dropFirst(digits.count))
        guard rest.isEmpty || rest == "个字" || rest == "字" else { return nil }
        return .count(han ? .han : .chars, bound(number))
    }
}
