/// Whose answers the model sees as earlier assistant turns.
public enum HistoryMode: String, Sendable, CaseIterable {
    /// Its own earlier answers (SysBench's protocol).
    case model
    /// The dataset's reference answers; a turn without one falls back to the model's answer.
    case reference
}

/// Everything that decides what is sent and how replies are judged.
public struct RunSettings: Sendable {
    /// The answering model.
    public var model: String
    /// The judging model.
    public var judgeModel: String
    /// Whose answers form the history.
    public var history: HistoryMode
    /// Sampling temperature for the model (the judge always gets the server default).
    public var temperature: Double?
    /// Token limit for the model's answers.
    public var maxTokens: Int?
    /// Seed for the model.
    public var seed: Int?
    /// Judge requests after an unusable reply before the turn is a judge failure.
    public var judgeRetries: Int
    /// Judge prompts.
    public var templates: JudgeTemplates

    /// Creates settings.
    public init(
        model: String, judgeModel: String, history: HistoryMode = .model, temperature: Double? = nil,
        maxTokens: Int? = nil, seed: Int? = nil, judgeRetries: Int = 3, templates: JudgeTemplates
    ) {
        self.model = model
        self.judgeModel = judgeModel
        self.history = history
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.seed = seed
        self.judgeRetries = max(0, judgeRetries)
        self.templates = templates
    }
}
