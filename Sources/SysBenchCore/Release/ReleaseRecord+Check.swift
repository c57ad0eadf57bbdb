extension ReleaseRecord {
    /// The check and verify of a case file's checklist item, or the first problem
    /// `check-invalid` would report, as an error that names the item.
    /// `owner` names the item in messages; it is built only when there is one to give.
    static func check(of item: SysBenchCore.ChecklistItem, _ owner: @autoclosure () -> String) throws(RecordError) -> (Check?, Verify?) {
        var check: Check?
        if let node = item.check {
            let decoded = CheckDecoder.decode(node)
            if let problem = decoded.problems.first { throw RecordError("\(owner()): \(problem.message)") }
            check = decoded.check
        }
        var verify: Verify?
        if let text = item.verify {
            let read = CheckDecoder.verify(text)
            if let problem = read.problem { throw RecordError("\(owner()): \(problem.message)") }
            verify = read.verify
            if verify == .check, check == nil { throw RecordError("\(owner()): 'verify: check' without a check") }
        }
        return (check, verify)
    }
}
