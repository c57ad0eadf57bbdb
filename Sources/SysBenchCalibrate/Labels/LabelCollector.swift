/// Checks people's labels against the sample and gathers them per person.
public enum LabelCollector {
    /// The labels grouped by annotator, in the order annotators first appear.
    ///
    /// Throws, naming the first offending record, for a label of an item not in `sample`
    /// and for a second label by one annotator for one item (even an equal one: the input
    /// holds the same work twice).
    public static func collect(_ records: [LabelRecord], sample: Set<ItemKey>) throws(CalibrationError) -> [RaterLabels] {
        var order: [String] = []
        var labels: [String: [ItemKey: LabelRecord]] = [:]
        for record in records {
            guard sample.contains(record.key) else {
                throw CalibrationError(
                    path: record.path, line: record.line,
                    message: "\(record.annotator) labelled \(record.key.readable), which is not in the sample")
            }
            if labels[record.annotator] == nil { order.append(record.annotator) }
            if let earlier = labels[record.annotator]?[record.key] {
                throw CalibrationError(
                    path: record.path, line: record.line,
                    message: "\(record.annotator) labelled \(record.key.readable) twice (first at \(earlier.location))")
            }
            labels[record.annotator, default: [:]][record.key] = record
        }
        return order.map { name in
            RaterLabels(rater: name, labels: (labels[name] ?? [:]).mapValues(\.label))
        }
    }
}
