/// Combines a judge's verdict with a check's result as `verify` says (CHECKS.md's table).
public enum FinalVerdict {
    /// The verdict text written when a check decides yes.
    public static let yes = "是"
    /// The verdict text written when a check decides no.
    public static let no = "否"

    /// The item's final verdict text.
    ///
    /// - Parameters:
    ///   - judge: the judge's verdict exactly as written (是, 否, or anything else).
    ///   - check: the check's result, or nil when the item has no check; then the judge decides.
    ///   - verify: who decides.
    public static func decide(judge: String, check: CheckResult?, verify: Verify) -> String {
        guard let check else { return judge }
        switch verify {
        case .judge: return judge
        case .both: return check.passed ? judge : no
        case .check: return check.passed ? yes : no
        }
    }
}
