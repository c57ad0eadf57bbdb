import KitSupport

/// What the report shows of a `calibrate agree --format json` output: each pair's
/// statistics with their intervals and its confusion matrices by constraint type.
public struct CalibrationResult: Sendable, Hashable {
    /// One statistic of a pair: its JSON name, point estimate and interval.
    public struct Statistic: Sendable, Hashable {
        /// `agreement`, `cohen_kappa`, `gwet_ac1` or `krippendorff_alpha`.
        public var name: String
        /// The point estimate; nil when undefined.
        public var value: Double?
        /// The bootstrap interval, when there is one.
        public var interval: [Double]?
    }

    /// A confusion matrix: A's labels down, B's across.
    public struct Matrix: Sendable, Hashable {
        /// The group (a constraint type, or `all`).
        public var group: String
        /// The labels, in the file's order.
        public var labels: [String]
        /// `counts[row][column]`.
        public var counts: [[Int]]
    }

    /// One pair of raters.
    public struct Pair: Sendable, Hashable {
        /// Rater A.
        public var a: String
        /// Rater B.
        public var b: String
        /// Items both labelled.
        public var n: Int
        /// The four statistics, in the file's order.
        public var statistics: [Statistic]
        /// The matrix over all items, then one per constraint type.
        public var matrices: [Matrix]
    }

    /// Items in the sample.
    public var items: Int
    /// Every pair, in the file's order.
    public var pairs: [Pair]

    /// Reads the JSON `calibrate agree --format json` writes; `path` names the file in errors.
    public static func read(_ text: String, path: String) throws(ToolError) -> CalibrationResult {
        func fail(_ message: String) -> ToolError { ToolError(file: path, message: message) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw ToolError(file: path, line: error.line, message: "not JSON: \(error.message)")
        }
        guard case .object(let top) = value, case .int(let items)? = field(top, "items"),
              case .array(let entries)? = field(top, "pairs")
        else { throw fail("not the output of calibrate agree --format json (no \"items\" and \"pairs\")") }
        var pairs: [Pair] = []
        for (index, entry) in entries.enumerated() {
            guard case .object(let fields) = entry, case .string(let a)? = field(fields, "a"),
                  case .string(let b)? = field(fields, "b"), case .int(let n)? = field(fields, "n")
            else { throw fail("pairs[\(index)] has no \"a\", \"b\" and \"n\"") }
            let intervals: [(String, JSONValue)]
            if case .object(let object)? = field(fields, "intervals") { intervals = object } else { intervals = [] }
            let statistics = ["agreement", "cohen_kappa", "gwet_ac1", "krippendorff_alpha"].map { name in
                Statistic(name: name, value: number(field(fields, name)), interval: bounds(field(intervals, name)))
            }
            var matrices: [Matrix] = []
            if let overall = field(fields, "confusion"), let matrix = matrix(overall, group: "all") {
                matrices.append(matrix)
            }
            if case .object(let byType)? = field(fields, "confusion_by_type") {
                matrices += byType.compactMap { matrix($0.1, group: $0.0) }
            }
            pairs.append(Pair(a: a, b: b, n: n, statistics: statistics, matrices: matrices))
        }
        return CalibrationResult(items: items, pairs: pairs)
    }

    private static func field(_ fields: [(String, JSONValue)], _ name: String) -> JSONValue? {
        fields.first { $0.0 == name }?.1
    }

    private static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case .double(let number)?: number
        case .int(let number)?: Double(number)
        default: nil
        }
    }

    private static func bounds(_ value: JSONValue?) -> [Double]? {
        guard case .array(let values)? = value else { return nil }
        let numbers = values.compactMap { number($0) }
        return numbers.count == 2 ? numbers : nil
    }

    private static func matrix(_ value: JSONValue, group: String) -> Matrix? {
        guard case .object(let rows) = value else { return nil }
        let labels = rows.map(\.0)
        let counts = rows.map { row -> [Int] in
            guard case .object(let cells) = row.1 else { return labels.map { _ in 0 } }
            return labels.map { label in
                if case .int(let count)? = field(cells, label) { return count }
                return 0
            }
        }
        return Matrix(group: group, labels: labels, counts: counts)
    }
}
