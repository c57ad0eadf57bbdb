import KitSupport
/// Running tallies over the records of a release, kept while streaming so the build
/// holds counts, never records.
public struct ReleaseCounts: Sendable, Equatable {
    /// Records.
    public var records = 0
    /// Records by mode.
    public var modes: [Mode: Int] = [:]
    /// Turns by alignment.
    public var alignments: [Alignment: Int] = [:]
    /// Checklist items by constraint type.
    public var constraintTypes: [ConstraintType: Int] = [:]
    /// Records by domain slug.
    public var domains: [String: Int] = [:]
    /// All turns.
    public var turns = 0
    /// All checklist items.
    public var checklistItems = 0

    /// Empty tallies.
    public init() {}

    /// Counts one record.
    public mutating func add(_ record: ReleaseRecord) {
        records += 1
        modes[record.mode, default: 0] += 1
        domains[record.domain, default: 0] += 1
        for turn in record.turns {
            turns += 1
            alignments[turn.alignment, default: 0] += 1
            for item in turn.checklist {
                checklistItems += 1
                constraintTypes[item.type, default: 0] += 1
            }
        }
    }

    /// The tallies as JSON: taxonomy keys in taxonomy order (zeros included), domains
    /// by slug.
    public var json: JSONValue {
        .object([
            ("mode", .object(Mode.allCases.map { ($0.rawValue, .int(modes[$0] ?? 0)) })),
            ("alignment", .object(Alignment.allCases.map { ($0.rawValue, .int(alignments[$0] ?? 0)) })),
            ("constraint_type", .object(ConstraintType.allCases.map { ($0.rawValue, .int(constraintTypes[$0] ?? 0)) })),
            ("domain", .object(domains.keys.sorted(by: Self.byteOrder).map { ($0, .int(domains[$0] ?? 0)) })),
            ("turns", .int(turns)),
            ("checklist_items", .int(checklistItems)),
        ])
    }

    /// UTF-8 byte order: the same on every machine and locale.
    static func byteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
