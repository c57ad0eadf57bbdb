import KitSupport
import SysBenchCore
import SysBenchScore

extension AgreementReport {
    /// The report in the shape CALIBRATE.md shows, keys in that order, null where a
    /// statistic is undefined. Confusion matrices are keyed by A's label, then B's, over
    /// the labels either rater used (`yes`, `no`, `other`); `by_type` lists all six types
    /// and `by_alignment` both alignments, empty ones with `n` 0. Each pair ends with
    /// `confusion_by_type`, the matrix of each type the pair labelled (types in the
    /// paper's order), which the report's calibration section shows.
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
        fields.append(("confusion", Self.json(confusion)))
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
        fields.append(("confusion_by_type", .object(ConstraintType.allCases.compactMap { type -> (String, JSONValue)? in
            guard let matrix = confusionByType[type], matrix.total > 0 else { return nil }
            return (type.rawValue, Self.json(matrix))
        })))
        return .object(fields)
    }

    /// A matrix keyed by A's label, then B's, over the labels either rater used.
    static func json(_ matrix: ConfusionMatrix) -> JSONValue {
        let labels = matrix.categories
        return .object(labels.map { row -> (String, JSONValue) in
            (row.rawValue, .object(labels.map { column -> (String, JSONValue) in
                (column.rawValue, .int(matrix[row, column]))
            }))
        })
    }
}

extension PairStatistics {
    /// `n` and the four statistics, as the JSON output lists them.
    var jsonFields: [(String, JSONValue)] {
        [("n", .int(n))] + named.map { ($0.name, JSONValue.number($0.value)) }
    }
}
