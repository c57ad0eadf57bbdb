import SysBenchCore
import YAMLSource

/// Every rule the linter knows, by kind. Adding a rule is adding its file and one line here.
public enum RuleRegistry {
    /// Rules for the loader's problems, one per `YAMLError.Kind`.
    public static let yamlRules: [any YAMLProblemRule.Type] = [
        YAMLEncodingRule.self, YAMLEmptyRule.self, YAMLSyntaxRule.self, YAMLMultipleDocumentsRule.self,
        YAMLDuplicateKeyRule.self, YAMLAnchorAliasRule.self, YAMLTagRule.self, YAMLComplexKeyRule.self,
        YAMLTooDeepRule.self,
    ]

    /// Rules for the schema checker's problems, one per `SchemaProblem.Kind`.
    public static let schemaRules: [any SchemaProblemRule.Type] = [
        SchemaMissingFieldRule.self, SchemaUnknownFieldRule.self, SchemaWrongKindRule.self, SchemaEmptyTextRule.self,
    ]

    /// Rules that check one case at a time.
    public static let caseRules: [any CaseRule.Type] = [
        CaseIdSlugRule.self, CaseIdFileNameRule.self, TurnIdRepeatedRule.self, TurnUserRepeatedRule.self, ConstraintIdRepeatedRule.self,
        ConstraintTypeUnknownRule.self, DomainUnknownRule.self, AlignmentUnknownRule.self, ModeUnknownRule.self,
        LanguageUnknownRule.self, TurnCountRule.self, TurnsEmptyRule.self,
        DependsOnParallelRule.self, DependsOnTargetRule.self, DependsOnRepeatedRule.self, DependentTurnWithoutDependencyRule.self,
        ChecklistEmptyRule.self, ChecklistDuplicateTextRule.self, MisalignedWithoutGuardRule.self,
        ChecklistConstraintMissingRule.self, ChecklistConstraintTypeMismatchRule.self,
        CheckInvalidRule.self, CheckSuggestedRule.self,
        ConstraintUnlinkedRule.self, ConstraintQuoteMissingRule.self,
        WhitespacePaddingRule.self, SceneMissingRule.self, TextTooLongRule.self,
    ]

    /// Rules that check across the cases of a dataset.
    public static let datasetRules: [any DatasetRule.Type] = [
        CaseIdRepeatedRule.self, SystemIDRepeatedRule.self,
    ]

    /// Rules about the files found in a dataset rather than their contents.
    public static let fileRules: [any Rule.Type] = [
        CaseFileLinkBrokenRule.self,
    ]

    /// Every rule's description, sorted by id.
    public static var all: [RuleDescription] {
        let descriptions = yamlRules.map { $0.description } + schemaRules.map { $0.description }
            + caseRules.map { $0.description } + datasetRules.map { $0.description }
            + fileRules.map { $0.description }
        return descriptions.sorted { $0.id < $1.id }
    }

    /// The rule for each loader problem kind.
    static let yamlRuleByKind: [YAMLError.Kind: RuleDescription] =
        Dictionary(uniqueKeysWithValues: yamlRules.map { ($0.kind, $0.description) })

    /// The rule for each schema problem kind.
    static let schemaRuleByKind: [SchemaProblem.Kind: RuleDescription] =
        Dictionary(uniqueKeysWithValues: schemaRules.map { ($0.kind, $0.description) })
}
