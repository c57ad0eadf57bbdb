import KitSupport
import SysBenchCore
import SysBenchScore

/// `labelstudio.json`: the sample as Label Studio tasks, to import into a project that uses
/// ``LabelStudioConfig``.
///
/// Each task's `data` carries the item key (`case`, `turn`, `item`), so an export can be
/// matched back to the sample, and the texts the config shows. The judge's verdict goes
/// in `predictions` only with `showJudge`: otherwise annotators cannot see it at all.
public enum LabelStudioTasks {
    /// The `model_version` of the judge's predictions.
    public static let judgeModelVersion = "judge"

    /// The tasks' JSON text (an array, one task an item, in the order given).
    public static func json(items: [SampleItem], showJudge: Bool) -> String {
        JSONWriter.write(.array(items.map { task($0, showJudge: showJudge) }), indent: 1) + "\n"
    }

    /// One item's task.
    static func task(_ item: SampleItem, showJudge: Bool) -> JSONValue {
        let data = JSONValue.object([
            ("case", .string(item.key.caseID)),
            ("turn", .int(item.key.turn)),
            ("item", .int(item.key.item)),
            ("key", .string("\(item.key.caseID) · turn \(item.key.turn) · item \(item.key.item)")),
            ("type", .string(item.type.rawValue)),
            ("alignment", .string(item.alignment.rawValue)),
            ("type_label", .string("\(item.type.rawValue) · \(item.type.zhLabel) · \(item.alignment.rawValue)")),
            ("system", .string(item.system)),
            ("history", .string(historyText(item.history))),
            ("user", .string(item.user)),
            ("response", .string(item.response)),
            ("criterion", .string(item.criterion)),
        ])
        var fields: [(String, JSONValue)] = [("data", data)]
        if showJudge, let judge = item.judge {
            let choice = JSONValue.object([
                ("from_name", .string(LabelStudioConfig.controlName)),
                ("to_name", .string(LabelStudioConfig.targetName)),
                ("type", .string("choices")),
                ("value", .object([("choices", .array([.string(choiceWord(Verdict(raw: judge)))]))])),
            ])
            fields.append(("predictions", .array([
                .object([("model_version", .string(judgeModelVersion)), ("result", .array([choice]))]),
            ])))
        }
        return .object(fields)
    }

    /// The earlier turns as one text, since a config cannot loop over a list of turns.
    static func historyText(_ history: [SampleItem.EarlierTurn]) -> String {
        guard !history.isEmpty else { return "(none: this is the first turn)" }
        return history.enumerated().map { index, turn in
            "Turn \(index + 1) · user:\n\(turn.user)\n\nTurn \(index + 1) · assistant:\n\(turn.assistant)"
        }.joined(separator: "\n\n")
    }

    /// The choice a judge's verdict stands for: 是 is yes, 否 is no, anything else not applicable.
    static func choiceWord(_ verdict: Verdict) -> String {
        switch verdict {
        case .yes: "yes"
        case .no: "no"
        case .other: "not applicable"
        }
    }
}
