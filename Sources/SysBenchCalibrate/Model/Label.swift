import Foundation

/// A rater's normalised verdict on one item: `yes`, `no` or `other`.
///
/// A judge's 不适用, 部分是 or 无法判断 and a person's "not applicable" are all `other`.
/// A missing label (not labelled, a judge failure) is not a `Label` at all: the item is
/// left out for that rater.
public enum Label: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
    case yes, no, other

    /// Reads a person's label: `yes`, `no`, `not applicable` (or `n/a`), 是, 否, 不适用;
    /// trimmed and case-insensitive. Returns nil for anything else; the caller decides
    /// whether an empty string is a missing label.
    public init?(personText text: String) {
        switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "yes", "是": self = .yes
        case "no", "否": self = .no
        case "not applicable", "n/a", "na", "不适用": self = .other
        default: return nil
        }
    }

    /// The order used in tables and confusion matrices: yes, no, other.
    private var order: Int {
        switch self {
        case .yes: 0
        case .no: 1
        case .other: 2
        }
    }

    public static func < (lhs: Label, rhs: Label) -> Bool { lhs.order < rhs.order }
}
