import KitSupport
import SysBenchCore
import SysBenchScore

extension AgreementReport {
    /// The report in the shape CALIBRATE.md shows, keys in that order, null where a
    /// statistic is undefined. Confusion matrices are keyed by A's label, then B's, over
    /// the labels either rater used (`yes`, `no`, `other`); `by_type` lists all six types
    /// and `by_alignment` both alignments, empty ones with `n` 0.
    public var json: JSONValue {
        .object([
            ("items", .int(items)),
            ("pairs", .array(pairs.map(\.json))),
            ("people", .object([
                ("raters", .int(people.raters)),
                ("krippendorff_alpha", .number(people.krippendorffAlpha)),
            ])),
        ])
    }
}

extension PairAgreement {
    /// One element of `pairs`.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [("a", .string(a)), ("b", .string(b))]
        fields += overall.jsonFields
        fields.append(("intervals", .object(intervals.named.map { name, interval -> (String, JSONValue) in
            guard let interval else { return (name, .null) }
            return (name, .array([.double(interval.low), .double(interval.high)]))
        })))
        let labels = confusion.categories
        fields.append(("confusion", .object(labels.map { row -> (String, JSONValue) in
            (row.rawValue, .object(labels.map { column -> (String, JSONValue) in
                (column.rawValue, .int(confusion[row, column]))
            }))
        })))
        fields.append(("by_type", .object(ConstraintType.allCases.map { type -> (String, JSONValue) in
            (type.rawValue, .object((byType[type] ?? PairStatistics(ConfusionMatrix())).jsonFields))
        })))
        fields.append(("by_alignment", .object(Alignment.allCases.map { alignment -> (String, JSONValue) in
            (alignment.rawValue, .object((byAlignment[alignment] ?? PairStatistics(ConfusionMatrix())).jsonFields))
        })))
        fields.append(("disagreements", .array(disagreements.map { item -> JSONValue in
            .object([
                ("case", .string(item.key.caseID)), ("turn", .int(item.key.turn)), ("item", .int(item.key.item)),
                ("a", .string(item.a.rawValue)), ("b", .string(item.b.rawValue)),
            ])
        })))
        return .object(fields)
    }
}

extension PairStatistics {
    /// `n` and the four statistics, as the JSON output lists them.
    var jsonFields: [(String, JSONValue)] {
        [("n", .int(n))] + named.map { ($0.name, JSONValue.number($0.value)) }
    }
}
