import KitSupport
import SysBenchCore

extension ScoreReport {
    /// The report in `score --format json`'s shape: `{"models":[…]}` with each model
    /// as in `expected-metrics.json` (ratios 0..1, null where undefined), then
    /// intervals, counts, verdicts and judge failures; then `differences` from the
    /// first model, the policy and the bootstrap settings.
    public var json: JSONValue {
        var top: [(String, JSONValue)] = [("models", .array(models.map(\.json)))]
        if !differences.isEmpty {
            top.append(("differences", .array(differences.map(\.json))))
        }
        top.append(("policy", .string(policy.rawValue)))
        top.append(("bootstrap", .object([
            ("replicates", .int(bootstrap.replicates)),
            ("seed", .string(String(bootstrap.seed))),
            ("confidence", .number(bootstrap.confidence)),
            ("unit", .string("session")),
        ])))
        return .object(top)
    }
}

extension ScoreReport.Model {
    /// One model's entry.
    var json: JSONValue {
        let m = metrics
        var csr: [(String, JSONValue)] = ConstraintType.allCases.map { ($0.rawValue, .number(m.csr[$0]?.value)) }
        csr.append(("total", .number(m.csrTotal.value)))
        var isr = m.isr.json
        for mode in [Mode.dependent, .parallel] {
            isr.append((mode.rawValue, .object((m.isrByMode[mode] ?? AlignmentRates()).json)))
        }
        isr.append(("by_turn", .array(m.isrByTurn.map { .number($0.value) })))
        var ssr: [(String, JSONValue)] = [Mode.dependent, .parallel].map { mode in
            let rates = m.ssrByMode[mode] ?? StabilityRates()
            return (mode.rawValue, .object([
                ("R", .array(rates.r.map { .number($0.value) })),
                ("ssr", .number(rates.ssr.value)),
            ]))
        }
        ssr.append(("total", .number(m.ssrTotal.value)))
        var pairs: [(String, JSONValue)] = [
            ("model", .string(name)),
            ("CSR", .object(csr)),
            ("ISR", .object(isr)),
            ("SSR", .object(ssr)),
            ("intervals", intervals.json),
            ("counts", .object([
                ("sessions", .int(m.counts.sessions)),
                ("turns", .int(m.counts.turns)),
                ("items", .int(m.counts.items)),
                ("unscored_turns", .int(m.counts.unscoredTurns)),
            ])),
            ("verdicts", .object([
                ("yes", .int(m.verdicts.yes)),
                ("no", .int(m.verdicts.no)),
                ("other", .object(m.verdicts.otherByFrequency.map { ($0.raw, .int($0.count)) })),
            ])),
            ("judge_failures", .int(m.counts.judgeFailures)),
        ]
        if let checks { pairs.append(("checks", checks.json)) }
        pairs.append(("source", .string(source)))
        return .object(pairs)
    }
}

extension ScoreReport.Comparison {
    /// One difference entry.
    var json: JSONValue {
        func entry(_ value: Double?, _ interval: Interval?) -> JSONValue {
            .object([
                ("difference", .number(value)),
                ("low", .number(interval?.low)),
                ("high", .number(interval?.high)),
            ])
        }
        let d = difference
        return .object([
            ("model", .string(model)),
            ("baseline", .string(baseline)),
            ("matched_sessions", .int(d.matchedSessions)),
            ("CSR", entry(d.estimate.csr, d.intervals.csr)),
            ("ISR", entry(d.estimate.isr, d.intervals.isr)),
            ("SSR", entry(d.estimate.ssr, d.intervals.ssr)),
        ])
    }
}

extension AlignmentRates {
    var json: [(String, JSONValue)] {
        [("aligned", .number(aligned.value)), ("misaligned", .number(misaligned.value)), ("total", .number(total.value))]
    }
}

extension Headline<Interval?> {
    var json: JSONValue {
        func entry(_ interval: Interval?) -> JSONValue {
            guard let interval else { return .null }
            return .object([("low", .number(interval.low)), ("high", .number(interval.high))])
        }
        return .object([("CSR", entry(csr)), ("ISR", entry(isr)), ("SSR", entry(ssr))])
    }
}
