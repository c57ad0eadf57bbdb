/// Names runs for a comparison: a name given with `NAME=PATH` wins over the model name
/// the run records, and a name used twice gets `#2`, `#3`… so that no two columns look
/// alike.
public enum RunNaming {
    /// What was renamed, for a warning.
    public struct Renamed: Sendable, Hashable {
        /// The name the run would have had.
        public var name: String
        /// The name it gets.
        public var unique: String
        /// Where the run was read from.
        public var source: String

        /// `two runs are named 'm'; the one from b.jsonl is shown as 'm#2' (name runs with NAME=PATH)`.
        public var message: String {
            "two runs are named '\(name)'; the one from \(source) is shown as '\(unique)' (name runs with NAME=PATH)"
        }
    }

    /// `runs` with the given names applied (nil keeps the run's model name) and made
    /// unique, and the renames made.
    public static func apply(_ names: [String?], to runs: [ScoredRun]) -> (runs: [ScoredRun], renamed: [Renamed]) {
        var taken = Set<String>()
        var renamed: [Renamed] = []
        var result: [ScoredRun] = []
        let wanted = runs.enumerated().map { offset, run in
            (offset < names.count ? names[offset] : nil) ?? run.model
        }
        // Names chosen by the user or unique already are kept first, so a `#2` never
        // takes a name given later.
        taken.formUnion(wanted)
        var seen = Set<String>()
        for (offset, run) in runs.enumerated() {
            var run = run
            let name = wanted[offset]
            if seen.insert(name).inserted {
                run.model = name
            } else {
                var number = 2
                while taken.contains("\(name)#\(number)") { number += 1 }
                let unique = "\(name)#\(number)"
                taken.insert(unique)
                run.model = unique
                renamed.append(Renamed(name: name, unique: unique, source: run.source))
            }
            result.append(run)
        }
        return (result, renamed)
    }
}
