/// How the turns of a session relate: independent questions, or each building on earlier ones.
public enum Mode: String, CaseIterable, Sendable, Codable {
    case parallel, dependent

    /// SysBench's `rounds_related` flag: true for dependent sessions.
    public var roundsRelated: Bool { self == .dependent }

    public init(roundsRelated: Bool) {
        self = roundsRelated ? .dependent : .parallel
    }
}
