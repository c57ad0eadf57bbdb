/// One case as the release holds it: every field resolved and typed, nothing located.
///
/// This is the hub the toolkit converts through: a case file becomes a record for
/// `build`, a record becomes a line of `sysbench.jsonl` and back, a SysBench session
/// becomes a record for `import` (and a case file from there), and a record becomes a
/// session for `export`. `stats` counts records.
public struct ReleaseRecord: Sendable, Equatable {
    /// Slug, equal to the case file's name.
    public var id: String
    /// SysBench's numeric id, when the case has one.
    public var systemID: Int?
    /// `en`, `zh` …; filled from `dataset.yaml` when the case names none.
    public var language: String?
    /// A domain slug from `dataset.yaml`.
    public var domain: String
    /// A few words on the situation; nil when absent or empty.
    public var scene: String?
    public var mode: Mode
    /// The system message given to the model.
    public var systemText: String
    /// The author's annotations of the system message's constraints.
    public var constraints: [Constraint]
    public var turns: [Turn]

    /// Makes a record from its parts.
    public init(id: String, systemID: Int? = nil, language: String? = nil, domain: String, scene: String? = nil,
                mode: Mode, systemText: String, constraints: [Constraint] = [], turns: [Turn]) {
        self.id = id
        self.systemID = systemID
        self.language = language
        self.domain = domain
        self.scene = scene
        self.mode = mode
        self.systemText = systemText
        self.constraints = constraints
        self.turns = turns
    }
}
