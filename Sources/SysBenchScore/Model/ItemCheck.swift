import SysBenchCore

/// What a deterministic check (CHECKS.md) found on one judged item, beside the judge.
///
/// An item that carries one scores with its final verdict (``ScoredItem/verdict``);
/// the judge's own verdict stays here so reports can set the two side by side.
public struct ItemCheck: Sendable, Hashable {
    /// The judge's verdict, normalised.
    public var judge: Verdict
    /// Whether the answer passed the check.
    public var passed: Bool
    /// The measured count of a `count` check; nil for kinds that count nothing.
    public var value: Int?
    /// Who decided the final verdict.
    public var verify: Verify

    /// Creates a check finding.
    public init(judge: Verdict, passed: Bool, value: Int? = nil, verify: Verify) {
        self.judge = judge
        self.passed = passed
        self.value = value
        self.verify = verify
    }

    /// The final verdict `verify` gives from the judge's verdict and the check's result
    /// (``FinalVerdict``), normalised.
    public var final: Verdict {
        Verdict(raw: FinalVerdict.decide(judge: judge.text, check: CheckResult(passed: passed, value: value), verify: verify))
    }
}

extension Verdict {
    /// A text that normalises back to this verdict: 是, 否, or the raw text of another.
    public var text: String {
        switch self {
        case .yes: FinalVerdict.yes
        case .no: FinalVerdict.no
        case .other(let raw): raw
        }
    }

    /// The verdict as reports write it: `yes`, `no`, or the raw text of another.
    public var reportText: String {
        switch self {
        case .yes: "yes"
        case .no: "no"
        case .other(let raw): raw
        }
    }
}
