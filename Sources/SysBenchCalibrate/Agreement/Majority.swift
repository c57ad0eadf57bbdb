/// The people's majority label on each item.
public enum Majority {
    /// For each item some person labelled, the label most of its labellers gave; an item
    /// whose top labels tie (one yes and one no, say) is left out.
    public static func labels(of people: [RaterLabels], name: String = RaterNames.majority) -> RaterLabels {
        var votes: [ItemKey: [Label: Int]] = [:]
        for person in people {
            for (key, label) in person.labels { votes[key, default: [:]][label, default: 0] += 1 }
        }
        var labels: [ItemKey: Label] = [:]
        for (key, counts) in votes {
            guard let top = counts.values.max() else { continue }
            let leaders = counts.filter { $0.value == top }
            if leaders.count == 1, let leader = leaders.first { labels[key] = leader.key }
        }
        return RaterLabels(rater: name, labels: labels)
    }
}
