/// One label one person gave one item, with where it was read (for error messages).
///
/// Every label file format (`items.csv`, the label page's export, Label Studio's export)
/// reads into these, and ``LabelCollector`` checks them together, so two labels by one
/// person are caught even when they come from two files.
public struct LabelRecord: Sendable, Hashable {
    /// The person.
    public var annotator: String
    /// The item labelled.
    public var key: ItemKey
    /// The label.
    public var label: Label
    /// The file it was read from.
    public var path: String
    /// The 1-based line, for line-oriented files.
    public var line: Int?

    /// Creates a record.
    public init(annotator: String, key: ItemKey, label: Label, path: String, line: Int? = nil) {
        self.annotator = annotator
        self.key = key
        self.label = label
        self.path = path
        self.line = line
    }

    /// `path[:line]`, for messages that point at an earlier record.
    public var location: String { line.map { "\(path):\($0)" } ?? path }
}
