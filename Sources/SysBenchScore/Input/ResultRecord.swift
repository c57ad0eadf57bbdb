import SysBenchCore

/// One line of a run folder's `results.jsonl`: one judged turn.
///
/// The runner appends one record per turn once the judge has answered (or given up),
/// so the file is the run's scoring input and nothing else needs to be kept in sync:
///
/// ```json
/// {"case":"wuhan-travel","system_id":1,"mode":"parallel","turn":1,"alignment":"misaligned",
///  "model":"gpt-4o","judge_model":"gpt-4o-2024-08-06",
///  "items":[{"id":1,"type":"action","verdict":"是"}],
///  "reason":"…","judge_failure":false}
/// ```
///
/// - `case` (string, required): the case id; with `turn` it names the record.
/// - `system_id` (integer, optional): SysBench's id; preferred for pairing runs.
/// - `mode` (`parallel` | `dependent`, required), the same on every turn of a case.
/// - `turn` (integer ≥ 1, required): the turn's 1-based position.
/// - `alignment` (`aligned` | `misaligned`, or SysBench's `align` | `misalign`; required).
/// - `model` (string, optional): the answering model, the same on every line.
/// - `judge_model` (string, optional), `reason` (string, optional): kept for reports.
/// - `items`: the checklist in order, each `id` (integer), `type` (constraint type id
///   or zh label), `verdict` (the judge's text as written, or a boolean; null when the
///   judge failed) and optionally `text`.
/// - `judge_failure` (boolean, default false) with optional `error`: the judge gave no
///   usable verdicts after retries. Such a turn is never scored as pass or fail.
/// - `system`, `user`, `response` (strings, optional): the system message, the user's
///   message and the model's answer. Scoring never decodes them (so it stays fast);
///   `report` shows them, with each item's `text` and the `reason`, for failed turns.
///
/// If a case's turn appears twice (a turn judged again), the later line wins.
public struct ResultRecord: Sendable, Hashable, Decodable {
    /// The case id.
    public var caseID: String
    /// SysBench's `system_id`, when the case has one.
    public var systemID: Int?
    /// The case's mode.
    public var mode: Mode
    /// The 1-based turn position.
    public var turn: Int
    /// The turn's alignment.
    public var alignment: Alignment
    /// The answering model.
    public var model: String?
    /// The judging model.
    public var judgeModel: String?
    /// The judge's checklist verdicts.
    public var items: [Item]
    /// The judge's reason.
    public var reason: String?
    /// The judge gave no usable verdicts.
    public var judgeFailure: Bool
    /// Why the judge failed.
    public var error: String?

    /// One checklist item's verdict.
    public struct Item: Sendable, Hashable, Decodable {
        /// The item id (1-based position in the turn's checklist).
        public var id: Int
        /// The constraint type.
        public var type: ConstraintType
        /// The judge's verdict; nil when there is none.
        public var verdict: Verdict?
        /// The checklist text.
        public var text: String?

        enum CodingKeys: String, CodingKey { case id, type, verdict, text }

        /// Decodes an item, accepting the type's id or zh label and a string or boolean verdict.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(Int.self, forKey: .id)
            let label = try container.decode(String.self, forKey: .type)
            guard let type = ConstraintType(label: label) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .type, in: container, debugDescription: "unknown constraint type \"\(label)\"")
            }
            self.type = type
            if try container.decodeNil(forKey: .verdict) {
                verdict = nil
            } else {
                verdict = try container.decodeIfPresent(RawVerdict.self, forKey: .verdict)?.verdict
            }
            text = try container.decodeIfPresent(String.self, forKey: .text)
        }
    }

    enum CodingKeys: String, CodingKey {
        case caseID = "case", systemID = "system_id", mode, turn, alignment, model
        case judgeModel = "judge_model", items, reason, judgeFailure = "judge_failure", error
    }

    /// Decodes a record, checking mode, alignment and turn.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        caseID = try container.decode(String.self, forKey: .caseID)
        systemID = try container.decodeIfPresent(Int.self, forKey: .systemID)
        let modeText = try container.decode(String.self, forKey: .mode)
        guard let mode = Mode(rawValue: modeText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .mode, in: container, debugDescription: "unknown mode \"\(modeText)\"")
        }
        self.mode = mode
        turn = try container.decode(Int.self, forKey: .turn)
        guard turn >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .turn, in: container, debugDescription: "turn must be 1 or more")
        }
        let alignmentText = try container.decode(String.self, forKey: .alignment)
        guard let alignment = Alignment(label: alignmentText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .alignment, in: container, debugDescription: "unknown alignment \"\(alignmentText)\"")
        }
        self.alignment = alignment
        model = try container.decodeIfPresent(String.self, forKey: .model)
        judgeModel = try container.decodeIfPresent(String.self, forKey: .judgeModel)
        items = try container.decodeIfPresent([Item].self, forKey: .items) ?? []
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        judgeFailure = try container.decodeIfPresent(Bool.self, forKey: .judgeFailure) ?? false
        error = try container.decodeIfPresent(String.self, forKey: .error)
    }
}
