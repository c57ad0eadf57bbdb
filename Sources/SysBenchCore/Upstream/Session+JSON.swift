import KitSupport
extension Upstream.Session {
    /// The session laid out as the SysBench release file does: keys `system_id`, `领域`,
    /// `场景`, `rounds_related`, `system_prompt`, `messages`, `prompt_infos`, in that order.
    public var json: JSONValue {
        var messages: [JSONValue] = [Self.message("system", systemPrompt)]
        var infos: [(String, JSONValue)] = []
        for turn in turns {
            messages.append(Self.message("user", turn.user))
            messages.append(Self.message("assistant", turn.assistant))
            let criteria = turn.criteria.map { criterion -> (String, JSONValue) in
                (String(criterion.id), .object([
                    ("criteria_id", .int(criterion.id)),
                    ("criteria_content", .string(criterion.content)),
                    ("criteria_type", .string(criterion.type.zhLabel)),
                ]))
            }
            infos.append((turn.user, .object([
                ("alignment", .string(turn.alignment.sysbenchLabel)),
                ("criteria", .object(criteria)),
            ])))
        }
        return .object([
            ("system_id", .int(systemID)),
            ("领域", .string(domainLabel)),
            ("场景", scene.map(JSONValue.string) ?? .null),
            ("rounds_related", .bool(roundsRelated)),
            ("system_prompt", .string(systemPrompt)),
            ("messages", .array(messages)),
            ("prompt_infos", .object(infos)),
        ])
    }

    private static func message(_ role: String, _ content: String) -> JSONValue {
        .object([("role", .string(role)), ("content", .string(content))])
    }

    /// Reads a session from the release file's JSON. Turns come from `messages` (a user
    /// message and the assistant message after it); each user text is looked up in
    /// `prompt_infos`, and criteria are ordered by their numeric keys.
    public init(json: JSONValue) throws(RecordError) {
        let fields = try JSONFields(json, "session")
        let systemID = try fields.int("system_id")
        let owner = "session \(systemID)"
        let infos = try JSONFields(fields.required("prompt_infos"), "\(owner) prompt_infos")
        var systemPrompt = try fields.optionalString("system_prompt")
        var turns: [Turn] = []
        let messages = try fields.array("messages")
        var index = 0
        while index < messages.count {
            let message = try JSONFields(messages[index], "\(owner) message")
            let role = try message.string("role")
            let content = try message.string("content")
            index += 1
            switch role {
            case "system":
                if systemPrompt == nil { systemPrompt = content }
            case "user":
                var assistant = ""
                if index < messages.count,
                   let next = try? JSONFields(messages[index], "\(owner) message"),
                   (try? next.string("role")) == "assistant" {
                    assistant = try next.string("content")
                    index += 1
                }
                turns.append(try Self.turn(user: content, assistant: assistant, infos: infos, owner: owner))
            default:
                throw RecordError("\(owner): unexpected message role '\(role)'")
            }
        }
        guard let systemPrompt else { throw RecordError("\(owner): no system prompt") }
        guard case .bool(let roundsRelated) = try fields.required("rounds_related") else {
            throw RecordError("\(owner): 'rounds_related' should be true or false")
        }
        self.init(
            systemID: systemID,
            domainLabel: try fields.string("领域"),
            scene: try fields.optionalString("场景"),
            roundsRelated: roundsRelated,
            systemPrompt: systemPrompt,
            turns: turns)
    }

    private static func turn(user: String, assistant: String, infos: JSONFields, owner: String) throws(RecordError) -> Turn {
        guard let infoValue = infos.optional(user) else {
            throw RecordError("\(owner): no prompt_infos entry for user message '\(user.prefix(40))'")
        }
        let info = try JSONFields(infoValue, "\(owner) prompt_info")
        let label = try info.string("alignment")
        guard let alignment = Alignment(label: label) else { throw RecordError("\(owner): unknown alignment '\(label)'") }
        var criteria: [Criterion] = []
        for (key, value) in try JSONFields(info.required("criteria"), "\(owner) criteria").pairs {
            let item = try JSONFields(value, "\(owner) criterion \(key)")
            let typeLabel = try item.string("criteria_type")
            guard let type = ConstraintType(label: typeLabel) else {
                throw RecordError("\(owner): unknown criteria_type '\(typeLabel)'")
            }
            let id = try item.optionalInt("criteria_id") ?? Int(key) ?? criteria.count + 1
            criteria.append(Criterion(id: id, content: try item.string("criteria_content"), type: type))
        }
        criteria.sort { $0.id < $1.id }
        return Turn(user: user, assistant: assistant, alignment: alignment, criteria: criteria)
    }
}
