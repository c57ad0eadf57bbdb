import SysBenchCore

/// One sampled item with everything an annotator needs to label it.
///
/// The calibration sampler makes these from a run; `items.csv`, `label.html` and the
/// Label Studio tasks show them. `judge` is the judge's raw verdict text (nil for a judge
/// failure); it is shown to annotators only with `--show-judge`.
public struct SampleItem: Hashable, Sendable {
    /// An earlier turn of the same case, shown because the answer was judged with it.
    public struct EarlierTurn: Hashable, Sendable {
        public var user: String
        public var assistant: String
        public init(user: String, assistant: String) {
            self.user = user
            self.assistant = assistant
        }
    }

    public var key: ItemKey
    public var type: ConstraintType
    public var alignment: Alignment
    /// The checklist item's text.
    public var criterion: String
    public var system: String
    public var history: [EarlierTurn]
    public var user: String
    public var response: String
    public var judge: String?

    public init(
        key: ItemKey, type: ConstraintType, alignment: Alignment, criterion: String,
        system: String, history: [EarlierTurn], user: String, response: String, judge: String?
    ) {
        self.key = key
        self.type = type
        self.alignment = alignment
        self.criterion = criterion
        self.system = system
        self.history = history
        self.user = user
        self.response = response
        self.judge = judge
    }
}
