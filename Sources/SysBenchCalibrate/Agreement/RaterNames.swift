/// How raters are named in agreement reports.
public enum RaterNames {
    /// The name of the people's majority.
    public static let majority = "majority"

    /// A judge's name: `judge:MODEL`.
    public static func judge(model: String) -> String { "judge:" + model }

    /// The names made unique in order: the second `alice` becomes `alice#2`, the third
    /// `alice#3` (skipping any suffix that is itself taken).
    public static func unique(_ names: [String]) -> [String] {
        var taken = Set<String>()
        var seen: [String: Int] = [:]
        var result: [String] = []
        for name in names {
            var count = seen[name, default: 0] + 1
            var candidate = count == 1 ? name : "\(name)#\(count)"
            while taken.contains(candidate) {
                count += 1
                candidate = "\(name)#\(count)"
            }
            seen[name] = count
            taken.insert(candidate)
            result.append(candidate)
        }
        return result
    }
}
