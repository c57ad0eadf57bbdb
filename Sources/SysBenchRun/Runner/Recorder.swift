/// The single writer of a run: appends entries to the journal and keeps the replayed
/// state and progress in step with it.
public actor Recorder {
    private let journal: Journal
    /// What has been recorded so far.
    public private(set) var state: JournalState
    private let progress: RunProgress

    /// Creates a recorder over an open journal and its replayed state.
    public init(journal: Journal, state: JournalState, progress: RunProgress) {
        self.journal = journal
        self.state = state
        self.progress = progress
    }

    /// Appends the entries that are new (duplicates are skipped) and applies them.
    /// Returns how many were new.
    @discardableResult
    public func record(_ entries: [JournalEntry]) throws(RunError) -> Int {
        var added = 0
        for entry in entries where state.isNew(entry) {
            try journal.append(entry)
            state.apply(entry)
            progress.recorded(entry)
            added += 1
        }
        return added
    }

    /// Forces the journal to disk.
    public func sync() throws(RunError) {
        try journal.sync()
    }

    /// Syncs and closes the journal.
    public func close() {
        journal.close()
    }
}
