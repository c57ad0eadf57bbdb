import KitSupport
import SysBenchCore

extension CheckSummary {
    /// The `checks` section of a model in `score --format json`, with exactly the keys
    /// CHECKS.md lists: the four counts, then `details`, one object per checked item
    /// (`case`, `system_id`, `turn`, `item`, `verify`, `judge`, `check`, `value`,
    /// `final`; null where unknown or, for `value`, where the kind counts nothing).
    public var json: JSONValue {
        .object([
            ("items", .int(counts.items)),
            ("judge_yes_check_no", .int(counts.judgeYesCheckNo)),
            ("judge_no_check_yes", .int(counts.judgeNoCheckYes)),
            ("changed", .int(counts.changed)),
            ("details", .array(details.map(\.json))),
        ])
    }
}

extension CheckSummary.Detail {
    /// One checked item as the JSON report writes it.
    public var json: JSONValue {
        .object([
            ("case", caseID.map(JSONValue.string) ?? .null),
            ("system_id", systemID.map(JSONValue.int) ?? .null),
            ("turn", .int(turn)),
            ("item", Int(item).map(JSONValue.int) ?? .string(item)),
            ("verify", .string(check.verify.rawValue)),
            ("judge", .string(check.judge.reportText)),
            ("check", .bool(check.passed)),
            ("value", check.value.map(JSONValue.int) ?? .null),
            ("final", .string(final.reportText)),
        ])
    }
}
