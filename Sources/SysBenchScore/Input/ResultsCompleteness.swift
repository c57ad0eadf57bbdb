/// Checks that a results file holds each turn once and no turn is missing inside a
/// session: a turn recorded twice with different verdicts is an error (which one is
/// right?), the same turn twice with the same verdicts and a gap in a session's turns
/// are warnings (scored anyway, the repeat counted once).
enum ResultsCompleteness {
    /// The warnings for `records`; throws on a turn recorded twice with different verdicts.
    static func check(_ records: [JudgedTurnRecord], path: String) throws(ScoreInputError) -> [String] {
        var seen: [String: [Int: JudgedTurnRecord]] = [:]
        var order: [String] = []
        var repeats: [String] = []
        for record in records {
            if seen[record.caseID] == nil { order.append(record.caseID) }
            if let earlier = seen[record.caseID]?[record.turn] {
                guard verdicts(earlier) == verdicts(record), earlier.judgeFailure == record.judgeFailure else {
                    throw ScoreInputError(
                        path: path,
                        message: "case \"\(record.caseID)\" turn \(record.turn) is recorded twice with different verdicts")
                }
                repeats.append("\(record.caseID) turn \(record.turn)")
            }
            seen[record.caseID, default: [:]][record.turn] = record
        }
        var warnings: [String] = []
        if let first = repeats.first {
            let count = repeats.count
            warnings.append(
                "\(count) turn\(count == 1 ? " is" : "s are") recorded twice with the same verdicts (first: \(first)); "
                    + "counted once")
        }
        var missing: [String] = []
        for caseID in order {
            let turns = seen[caseID] ?? [:]
            let last = turns.keys.max() ?? 0
            for number in 1...max(1, last) where turns[number] == nil {
                missing.append("\(caseID) turn \(number)")
            }
        }
        if let first = missing.first {
            let count = missing.count
            warnings.append(
                "\(count) turn\(count == 1 ? " is" : "s are") missing before a later turn of the same case "
                    + "(first: \(first)); those sessions are scored without \(count == 1 ? "it" : "them")")
        }
        return warnings
    }

    private static func verdicts(_ record: JudgedTurnRecord) -> [Verdict?] {
        record.items.sorted { $0.id < $1.id }.map(\.verdict)
    }
}
