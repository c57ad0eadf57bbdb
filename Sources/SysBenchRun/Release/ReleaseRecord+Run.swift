import SysBenchCore

extension ReleaseRecord.Turn {
    /// The reference answer when it has any text (SysBench's turns 3-5 have empty ones).
    public var usableReference: String? {
        guard let reference, !reference.isEmpty else { return nil }
        return reference
    }
}
