/// The texts of a run that scoring does not need but a reader of failed turns does:
/// system messages, user messages, answers, checklist texts and judge reasons.
///
/// Sessions are in the same order as the ``ScoredRun`` read from the
/// same file, so the page joins the two by position (and checks the case ids).
public struct RunDetails: Sendable, Hashable {
    /// One entry per session, in input order.
    public var sessions: [SessionDetail]

    /// Creates details.
    public init(sessions: [SessionDetail]) {
        self.sessions = sessions
    }
}

/// The texts of one session.
public struct SessionDetail: Sendable, Hashable {
    /// The case id, when the input has one (results format).
    public var caseID: String?
    /// The system message.
    public var system: String?
    /// Turns by their 1-based position.
    public var turns: [Int: TurnDetail]

    /// Creates a session's details.
    public init(caseID: String? = nil, system: String? = nil, turns: [Int: TurnDetail] = [:]) {
        self.caseID = caseID
        self.system = system
        self.turns = turns
    }
}

/// The texts of one judged turn.
public struct TurnDetail: Sendable, Hashable {
    /// The user's message.
    public var user: String?
    /// The model's answer.
    public var response: String?
    /// The judge's reason.
    public var reason: String?
    /// Why the judge failed, when it did.
    public var error: String?
    /// Checklist texts by item id (the ids of ``ScoredItem/id``).
    public var itemTexts: [String: String]

    /// Creates a turn's details.
    public init(
        user: String? = nil, response: String? = nil, reason: String? = nil, error: String? = nil,
        itemTexts: [String: String] = [:]
    ) {
        self.user = user
        self.response = response
        self.reason = reason
        self.error = error
        self.itemTexts = itemTexts
    }
}
