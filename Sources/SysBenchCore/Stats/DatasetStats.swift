/// The paper's Table 1 and more, counted over records: sessions per mode, turns per
/// mode and alignment, checklist items per turn, constraint types, domains, and the
/// spread of turns per case and items per turn.
public struct DatasetStats: Sendable, Equatable {
    /// Sessions (cases) by mode.
    public var sessions: [Mode: Int] = [:]
    /// Turns by mode and alignment.
    public var turns: [Mode: [Alignment: Int]] = [:]
    /// Checklist items by mode.
    public var items: [Mode: Int] = [:]
    /// Checklist items by constraint type.
    public var constraintTypes: [ConstraintType: Int] = [:]
    /// Sessions by domain slug.
    public var domains: [String: Int] = [:]
    /// How many cases have each number of turns.
    public var turnsPerCase: [Int: Int] = [:]
    /// How many turns have each number of checklist items.
    public var itemsPerTurn: [Int: Int] = [:]
    /// Sessions (cases) by language code; `DatasetStats.unspecifiedLanguage` for a
    /// record that names none (a SysBench import without a `language`).
    public var languages: [String: Int] = [:]

    /// The language key of a record without a language.
    public static let unspecifiedLanguage = "unspecified"

    /// Empty counts.
    public init() {}

    /// Counts every record.
    public init<Records: Sequence>(_ records: Records) where Records.Element == ReleaseRecord {
        for record in records { add(record) }
    }

    /// Counts one record.
    public mutating func add(_ record: ReleaseRecord) {
        sessions[record.mode, default: 0] += 1
        domains[record.domain, default: 0] += 1
        languages[record.language ?? Self.unspecifiedLanguage, default: 0] += 1
        turnsPerCase[record.turns.count, default: 0] += 1
        for turn in record.turns {
            turns[record.mode, default: [:]][turn.alignment, default: 0] += 1
            items[record.mode, default: 0] += turn.checklist.count
            itemsPerTurn[turn.checklist.count, default: 0] += 1
            for item in turn.checklist { constraintTypes[item.type, default: 0] += 1 }
        }
    }

    /// All sessions.
    public var totalSessions: Int { sessions.values.reduce(0, +) }

    /// Turns of `mode` (all modes when nil) with `alignment` (both when nil).
    public func turnCount(_ mode: Mode?, _ alignment: Alignment?) -> Int {
        let modes = mode.map { [$0] } ?? Mode.allCases
        let alignments = alignment.map { [$0] } ?? Alignment.allCases
        return modes.reduce(0) { sum, mode in
            sum + alignments.reduce(0) { $0 + (turns[mode]?[$1] ?? 0) }
        }
    }

    /// Checklist items of `mode` (all when nil).
    public func itemCount(_ mode: Mode?) -> Int {
        mode.map { items[$0] ?? 0 } ?? items.values.reduce(0, +)
    }

    /// Checklist items per turn in `mode` (all when nil); 0 when there are no turns.
    public func itemsPerTurn(_ mode: Mode?) -> Double {
        let count = turnCount(mode, nil)
        return count == 0 ? 0 : Double(itemCount(mode)) / Double(count)
    }

    /// Constraint types, most used first (taxonomy order breaks ties).
    public var rankedConstraintTypes: [(ConstraintType, Int)] {
        ConstraintType.allCases.map { ($0, constraintTypes[$0] ?? 0) }
            .enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
    }

    /// Languages, most used first (byte order breaks ties).
    public var rankedLanguages: [(String, Int)] {
        languages.sorted { $0.value != $1.value ? $0.value > $1.value : ReleaseCounts.byteOrder($0.key, $1.key) }
            .map { ($0.key, $0.value) }
    }

    /// Domains, most used first (slug order breaks ties).
    public var rankedDomains: [(String, Int)] {
        domains.sorted { $0.value != $1.value ? $0.value > $1.value : ReleaseCounts.byteOrder($0.key, $1.key) }
            .map { ($0.key, $0.value) }
    }
}
