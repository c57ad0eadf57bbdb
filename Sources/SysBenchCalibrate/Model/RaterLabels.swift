/// Every label one rater gave: a person, a judge (`judge:MODEL`) or the people's `majority`.
public struct RaterLabels: Sendable, Equatable {
    public var rater: String
    public var labels: [ItemKey: Label]

    public init(rater: String, labels: [ItemKey: Label]) {
        self.rater = rater
        self.labels = labels
    }
}
