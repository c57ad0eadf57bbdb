import Foundation

/// A judge's verdict on one checklist item, normalised.
///
/// SysBench judges answer 是 or 否, but real runs also hold 不适用, 无法判断, 部分是 and
/// the like. Those become ``other(_:)`` with the judge's text kept, so they can be
/// tallied and each ``ScoringPolicy`` can decide what they mean.
public enum Verdict: Sendable, Hashable {
    /// The item is satisfied (是, yes, true, pass).
    case yes
    /// The item is not satisfied (否, no, false, fail).
    case no
    /// Anything else, with the judge's raw text exactly as written.
    case other(String)

    /// Normalises a judge's text: trimmed and case-insensitive.
    public init(raw: String) {
        switch raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "是", "yes", "true", "pass": self = .yes
        case "否", "no", "false", "fail": self = .no
        default: self = .other(raw)
        }
    }

    /// A JSON boolean verdict: `true` is yes, `false` is no.
    public init(bool: Bool) {
        self = bool ? .yes : .no
    }

    /// Whether this is neither yes nor no.
    public var isOther: Bool {
        if case .other = self { return true }
        return false
    }
}
