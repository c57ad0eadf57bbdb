/// What `dataset.yaml` says about the dataset as a whole.
public struct DatasetConfig: Sendable {
    public var name: String?
    public var version: String?
    /// The default language of cases that do not name one.
    public var language: String?
    /// When set, every case must have exactly this many turns.
    public var turnsPerCase: Int?
    /// The closed list a case's `domain` is checked against, in file order.
    public var domains: [Domain]
    /// The file it was read from; nil when no `dataset.yaml` was found.
    public var path: String?

    public init(name: String? = nil, version: String? = nil, language: String? = nil,
                turnsPerCase: Int? = nil, domains: [Domain], path: String? = nil) {
        self.name = name
        self.version = version
        self.language = language
        self.turnsPerCase = turnsPerCase
        self.domains = domains
        self.path = path
    }

    /// What applies when there is no `dataset.yaml`: the 22 SysBench domains, no turn count.
    public static let sysbenchDefault = DatasetConfig(domains: Domain.sysbench)

    /// True when `id` is one of the dataset's domains.
    public func hasDomain(_ id: String) -> Bool {
        domains.contains { $0.id == id }
    }
}
