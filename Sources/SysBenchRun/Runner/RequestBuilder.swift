import SysBenchCore
/// Builds the model and judge requests of a turn. Pure, and shared by the online
/// runner and batch files so both send byte-identical requests.
public struct RequestBuilder: Sendable {
    /// What to send.
    public let settings: RunSettings

    /// Creates a builder.
    public init(settings: RunSettings) {
        self.settings = settings
    }

    /// The assistant messages shown for turns before `turnIndex` (0-based), given the
    /// model's own answers to them.
    public func shownAnswers(_ record: ReleaseRecord, answers: [String]) -> [String] {
        zip(record.turns, answers).map { turn, answer in
            settings.history == .reference ? (turn.usableReference ?? answer) : answer
        }
    }

    /// The model request for turn `turnIndex` (0-based): the system message, then the
    /// earlier user and assistant messages, then this turn's user message.
    public func generation(_ record: ReleaseRecord, turnIndex: Int, shown: [String]) -> ChatRequest {
        var messages = [ChatMessage.system(record.systemText)]
        for (turn, answer) in zip(record.turns.prefix(turnIndex), shown) {
            messages.append(.user(turn.user))
            messages.append(.assistant(answer))
        }
        messages.append(.user(record.turns[turnIndex].user))
        return ChatRequest(
            model: settings.model, messages: messages, temperature: settings.temperature,
            maxTokens: settings.maxTokens, seed: settings.seed)
    }

    /// The judge's view of turn `turnIndex` answered with `response`.
    public func judgeContext(_ record: ReleaseRecord, turnIndex: Int, shown: [String], response: String) -> JudgeContext {
        let history = zip(record.turns.prefix(turnIndex), shown).enumerated().map { offset, pair in
            JudgeContext.HistoryTurn(index: offset + 1, user: pair.0.user, assistant: pair.1)
        }
        let turn = record.turns[turnIndex]
        return JudgeContext(
            system: record.systemText, history: history, user: turn.user, response: response,
            checklist: turn.checklist.map { JudgeContext.Item(id: $0.id, text: $0.text, type: $0.type) })
    }

    /// The judge request: the rendered prompt as one user message.
    public func judge(_ record: ReleaseRecord, turnIndex: Int, shown: [String], response: String) -> ChatRequest {
        let context = judgeContext(record, turnIndex: turnIndex, shown: shown, response: response)
        let prompt = settings.templates.template(forLanguage: record.language).render(context)
        return ChatRequest(model: settings.judgeModel, messages: [.user(prompt)])
    }
}
