/// Splitting a number over groups as evenly as their sizes allow.
public enum EvenSplit {
    /// Splits `total` over groups that can take at most `capacities[i]` each, as if handing
    /// out one at a time round the groups in order and skipping full ones: every group gets
    /// the same share or one more, except groups too small for it, which get all they have;
    /// the leftover ones go to the earliest groups. Needs `total` ≤ the sum of capacities.
    public static func split(_ total: Int, capacities: [Int]) -> [Int] {
        var quotas = [Int](repeating: 0, count: capacities.count)
        var remaining = total
        while remaining > 0 {
            let open = capacities.indices.filter { quotas[$0] < capacities[$0] }
            guard !open.isEmpty else { break }
            let share = remaining / open.count
            if share == 0 {
                for index in open.prefix(remaining) { quotas[index] += 1 }
                break
            }
            for index in open {
                let given = min(share, capacities[index] - quotas[index])
                quotas[index] += given
                remaining -= given
            }
        }
        return quotas
    }
}
