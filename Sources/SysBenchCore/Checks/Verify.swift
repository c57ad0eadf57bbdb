/// Who decides a checklist item's final verdict (CHECKS.md).
public enum Verify: String, Sendable, CaseIterable {
    /// The judge's verdict; a check, if any, is computed and reported only (an audit).
    case judge
    /// 否 when the check fails, else the judge's verdict, whatever it is.
    case both
    /// 是 when the check passes, else 否; the judge's verdict is kept and reported.
    case check

    /// The default when a case file names none: `both` with a check, `judge` without.
    public static func defaultValue(hasCheck: Bool) -> Verify {
        hasCheck ? .both : .judge
    }
}
