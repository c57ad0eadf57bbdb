/// A deterministic test of a model's answer, declared on a checklist item (CHECKS.md).
///
/// A check holds exactly one kind. Strings are compared scalar by scalar, case-sensitively,
/// without Unicode normalisation; the answer is read exactly as the model returned it
/// unless the kind says otherwise (`starts_with`, `ends_with` and `json` read it trimmed).
public enum Check: Sendable, Equatable {
    /// A measured count of `unit` that must satisfy `bounds`.
    case count(CountUnit, CountBounds)
    /// Every string occurs in the answer.
    case contains([String])
    /// At least one string occurs in the answer.
    case containsAny([String])
    /// No string occurs in the answer.
    case excludes([String])
    /// The trimmed answer starts with the string.
    case startsWith(String)
    /// The trimmed answer ends with the string.
    case endsWith(String)
    /// The regular expression (ICU syntax) finds a match anywhere in the answer.
    case matches(String)
    /// The trimmed answer, with one enclosing code fence removed, is one JSON value (RFC 8259).
    case json

    /// The key the kind is written under in case files and records.
    public var kindName: String {
        switch self {
        case .count: "count"
        case .contains: "contains"
        case .containsAny: "contains_any"
        case .excludes: "excludes"
        case .startsWith: "starts_with"
        case .endsWith: "ends_with"
        case .matches: "matches"
        case .json: "json"
        }
    }

    /// Every kind's key, in the order CHECKS.md lists them.
    public static let kindNames = ["count", "contains", "contains_any", "excludes", "starts_with", "ends_with", "matches", "json"]
}

/// What a `count` check counts (CHECKS.md, Units).
public enum CountUnit: String, Sendable, CaseIterable {
    /// Unicode scalar values (Python's `len`).
    case chars
    /// Scalars U+4E00…U+9FA5, SysBench's 汉字 range.
    case han
    /// Maximal runs of letters, marks, numbers and connector punctuation.
    case words
    /// Lines that are not blank.
    case lines
    /// Maximal groups of consecutive non-blank lines.
    case paragraphs
    /// Lines that begin with a list marker.
    case bullets
}

/// The bounds of a `count` check. Valid bounds are either `equals` alone, or at most one
/// lower bound (`moreThan`/`atLeast`) and at most one upper bound (`lessThan`/`atMost`),
/// all non-negative; `CheckDecoder` enforces that when it reads a check.
public struct CountBounds: Sendable, Equatable {
    /// The value must be below this (`less_than`).
    public var lessThan: Int?
    /// The value must be at most this (`at_most`).
    public var atMost: Int?
    /// The value must be above this (`more_than`).
    public var moreThan: Int?
    /// The value must be at least this (`at_least`).
    public var atLeast: Int?
    /// The value must be exactly this (`equals`).
    public var equals: Int?

    /// Makes bounds; leave out the ones that do not apply.
    public init(lessThan: Int? = nil, atMost: Int? = nil, moreThan: Int? = nil, atLeast: Int? = nil, equals: Int? = nil) {
        self.lessThan = lessThan
        self.atMost = atMost
        self.moreThan = moreThan
        self.atLeast = atLeast
        self.equals = equals
    }

    /// Whether `value` satisfies every bound given.
    public func admit(_ value: Int) -> Bool {
        if let lessThan, !(value < lessThan) { return false }
        if let atMost, !(value <= atMost) { return false }
        if let moreThan, !(value > moreThan) { return false }
        if let atLeast, !(value >= atLeast) { return false }
        if let equals, value != equals { return false }
        return true
    }

    /// The bounds given, as (key, value) in the fixed order records and messages use.
    public var entries: [(key: String, value: Int)] {
        var out: [(key: String, value: Int)] = []
        if let moreThan { out.append(("more_than", moreThan)) }
        if let atLeast { out.append(("at_least", atLeast)) }
        if let lessThan { out.append(("less_than", lessThan)) }
        if let atMost { out.append(("at_most", atMost)) }
        if let equals { out.append(("equals", equals)) }
        return out
    }

    /// The bound keys a case file may use.
    public static let keys = ["less_than", "at_most", "more_than", "at_least", "equals"]
}

/// What a check found in one answer.
public struct CheckResult: Sendable, Equatable {
    /// Whether the answer passes the check.
    public var passed: Bool
    /// The measured count for `count` checks; nil for kinds that count nothing.
    public var value: Int?

    /// Makes a result.
    public init(passed: Bool, value: Int? = nil) {
        self.passed = passed
        self.value = value
    }
}
