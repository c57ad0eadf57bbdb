/// Counters of a run at one moment, for progress lines and the final summary.
public struct ProgressSnapshot: Sendable, Hashable {
    /// Requests (answers and judgments) recorded, including those of earlier sessions.
    public var done: Int
    /// Answers plus judgments the selected cases need in all.
    public var total: Int
    /// Recorded by this process (the rate's numerator).
    public var doneHere: Int
    /// Seconds since this process started working.
    public var elapsed: Double
    /// Retried HTTP attempts.
    public var retries: Int
    /// Judge replies that could not be used.
    public var rejectedJudgeReplies: Int
    /// Turns recorded as judge failures.
    public var judgeFailures: Int
    /// Tokens of the model's answers, earlier sessions included.
    public var modelUsage: TokenUsage
    /// Tokens of judging, earlier sessions included.
    public var judgeUsage: TokenUsage

    /// Creates a snapshot.
    public init(
        done: Int, total: Int, doneHere: Int, elapsed: Double, retries: Int, rejectedJudgeReplies: Int,
        judgeFailures: Int, modelUsage: TokenUsage, judgeUsage: TokenUsage
    ) {
        self.done = done
        self.total = total
        self.doneHere = doneHere
        self.elapsed = elapsed
        self.retries = retries
        self.rejectedJudgeReplies = rejectedJudgeReplies
        self.judgeFailures = judgeFailures
        self.modelUsage = modelUsage
        self.judgeUsage = judgeUsage
    }

    /// Requests per second in this process.
    public var rate: Double { elapsed > 0 ? Double(doneHere) / elapsed : 0 }

    /// Seconds left at the current rate; nil before anything is done.
    public var eta: Double? {
        guard rate > 0 else { return nil }
        return Double(max(0, total - done)) / rate
    }

    /// One line: `412/2500 requests  16.5%  7.9/s  ETA 4m24s  retries 3  judge failures 0`.
    public var line: String {
        let percent = total > 0 ? Double(done) * 100 / Double(total) : 100
        var out = "\(done)/\(total) requests  \(Self.fixed(percent, 1))%  \(Self.fixed(rate, 1))/s"
        out += "  ETA " + (eta.map(Self.duration) ?? "--")
        out += "  retries \(retries)  judge failures \(judgeFailures)"
        if rejectedJudgeReplies > 0 { out += " (rejected replies \(rejectedJudgeReplies))" }
        return out
    }

    /// `1h02m`, `4m24s` or `12s`.
    public static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return "\(whole / 3600)h" + pad(whole % 3600 / 60) + "m" }
        if whole >= 60 { return "\(whole / 60)m" + pad(whole % 60) + "s" }
        return "\(whole)s"
    }

    /// `value` with `digits` decimals, without Foundation's locale.
    public static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = abs(scaled % Int(scale))
        guard digits > 0 else { return "\(whole)" }
        let text = String(fraction)
        return "\(whole).\(String(repeating: "0", count: digits - text.count))\(text)"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
