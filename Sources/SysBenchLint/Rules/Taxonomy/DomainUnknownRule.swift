public import SysBenchCore

/// Domains are a closed list in `dataset.yaml` so breakdowns do not split on spellings.
public struct DomainUnknownRule: CaseRule {
    /// The rule's id, severity, summary and examples.
    public static let description = RuleDescription(
        id: "domain-unknown",
        severity: .error,
        summary: "The case's domain is not one of the domains listed in dataset.yaml",
        triggering: [
            Example("id: example\ndomain: ↓travl\n"),
            Example("id: example\ndomain: ↓旅游\n"),
            Example("id: example\ndomain: ↓travel\n", config: """
                name: demo
                version: 1.0.0
                domains:
                  cuisine: {zh: 美食}
                """),
        ],
        nonTriggering: [
            Example(Fixture.validCase),
            Example("id: example\ndomain: cuisine\n", config: """
                name: demo
                version: 1.0.0
                domains:
                  cuisine: {zh: 美食}
                """),
        ]
    )

    /// Makes the rule.
    public init() {}

    /// Reports what this rule finds in one case.
    public func check(_ testCase: Case, in context: CaseContext, into sink: inout DiagnosticSink) {
        guard let domain = testCase.domain, !domain.value.isEmpty, !context.config.hasDomain(domain.value) else { return }
        let domains = context.config.domains
        let source = context.config.path ?? "the SysBench domains (no dataset.yaml found)"
        let message: String
        if let byLabel = domains.first(where: { $0.zhLabel == domain.value }) {
            message = "'\(domain.value)' is the zh label of domain '\(byLabel.id)'; write '\(byLabel.id)'"
        } else if let near = NearestName.find(domain.value, among: domains.map(\.id)) {
            message = "unknown domain '\(RuleSupport.short(domain.value))' (not in \(source)); did you mean '\(near)'?"
        } else {
            message = "unknown domain '\(RuleSupport.short(domain.value))': add it to \(source) or use one listed there"
        }
        sink.report(Self.description, at: domain, message)
    }
}
