/// What a rule checks, with examples that document it and double as its tests.
///
/// In an example's text, `↓` marks where the rule must point; it is removed before
/// the text is linted. A triggering example must make the rule fire at exactly its
/// markers; a non-triggering one must not make it fire at all.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id, grouped by area (`yaml-`, `schema-`, `case-id-` …).
    public var id: String
    /// How serious the finding is.
    public var severity: Severity
    /// One line for `--list-rules`.
    public var summary: String
    /// Examples the rule must fire on, at their markers.
    public var triggering: [Example]
    /// Examples the rule must not fire on.
    public var nonTriggering: [Example]

    /// Makes a description.
    public init(id: String, severity: Severity, summary: String, triggering: [Example], nonTriggering: [Example]) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// Case files (and optionally a `dataset.yaml`) that a rule is tried on.
public struct Example: Sendable {
    /// One file of an example.
    public struct File: Sendable {
        /// The file's name, which is also what `case-id-file-name` compares ids with.
        public var name: String
        /// The file's text, with `↓` markers.
        public var text: String
        /// When set, the file is a symbolic link to this path (relative to the
        /// dataset folder) and `text` holds only markers.
        public var linkTarget: String?

        /// Makes a file.
        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }

        /// Makes a symbolic link named `name` to `target`; `text` holds only markers.
        public init(link name: String, to target: String, text: String) {
            self.name = name
            self.text = text
            self.linkTarget = target
        }
    }

    /// The marker placed where a diagnostic must point.
    public static let marker: Character = "↓"

    /// The case files, linted in this order as one dataset.
    public var files: [File]
    /// The text of `dataset.yaml`; nil for the SysBench defaults (22 domains, no turn count).
    public var config: String?

    /// An example of one case file named `example.yaml`.
    public init(_ text: String, config: String? = nil) {
        self.files = [File(name: "example.yaml", text: text)]
        self.config = config
    }

    /// An example of one case file with its own name.
    public init(_ text: String, file: String, config: String? = nil) {
        self.files = [File(name: file, text: text)]
        self.config = config
    }

    /// An example of several case files, linted in order.
    public init(files: [File], config: String? = nil) {
        self.files = files
        self.config = config
    }
}
