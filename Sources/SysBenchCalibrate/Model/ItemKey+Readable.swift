extension ItemKey {
    /// The key as people read it in messages: `sysbench-085 turn 2 item 1`.
    public var readable: String { "\(caseID) turn \(turn) item \(item)" }
}
