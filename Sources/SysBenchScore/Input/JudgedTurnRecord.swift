import Foundation
import SysBenchCore

/// One line of a run folder's results file (``RunFolderFiles/results``): one judged turn.
///
/// The one record of a judged turn: the runner encodes it (through
/// `JSONValueEncoder`, so keys keep the order below), and `score`, `report` and any
/// later reader decode it through ``ResultsReader``. A round-trip test ties the two.
///
/// ```json
/// {"case":"wuhan-travel","system_id":1,"mode":"parallel","turn":1,"alignment":"misaligned",
///  "model":"gpt-4o","judge_model":"gpt-4o-2024-08-06",
///  "items":[{"id":1,"type":"action","verdict":"是","text":"…"}],
///  "reason":"…","judge_failure":false,"system":"…","user":"…","response":"…"}
/// ```
///
/// - `case` (string, required): the case id; with `turn` it names the record.
/// - `system_id` (integer, optional): SysBench's id; preferred for pairing runs.
/// - `mode` (`parallel` | `dependent`, required), the same on every turn of a case.
/// - `turn` (integer ≥ 1, required): the turn's 1-based position.
/// - `alignment` (`aligned` | `misaligned`, or SysBench's `align` | `misalign`; required).
/// - `model` (string, optional): the answering model, the same on every line.
/// - `judge_model` (string, optional), `reason` (string or null): kept for reports.
/// - `items`: the checklist in order, each `id` (integer), `type` (constraint type id
///   or zh label), `verdict` (the judge's text as written, or a boolean; null when the
///   judge failed) and optionally `text`.
///   An item with a deterministic check (CHECKS.md) also has `verify` (`judge` |
///   `both` | `check`), `check` (boolean: the check passed), `value` (the measured
///   count; left out for kinds that count nothing) and `final` (the final verdict as
///   `verify` decides it, 是/否 or the judge's text; left out when the judge gave none).
///   Scoring uses `final` where it is present.
/// - `judge_failure` (boolean, default false) with optional `error`: the judge gave no
///   usable verdicts after retries. Such a turn is never scored as pass or fail.
/// - `system`, `user`, `response` (strings, optional): the system message (on a
///   case's first turn), the user's message and the model's answer. They are decoded
///   only when a reader asks for texts (``includeTextsKey``), so scoring stays fast.
///
/// Compatibility: every field added later (per-item check results, measured values,
/// final verdicts) must be optional and decoded with `decodeIfPresent`, so files
/// written before it existed still read, with the field nil.
///
/// If a case's turn appears twice (a turn judged again), the later line wins.
public struct JudgedTurnRecord: Sendable, Hashable, Codable {
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
    /// The judge's checklist verdicts, in checklist order.
    public var items: [Item]
    /// The judge's reason.
    public var reason: String?
    /// The judge gave no usable verdicts.
    public var judgeFailure: Bool
    /// Why the judge failed.
    public var error: String?
    /// The case's system message (written on its first turn only).
    public var system: String?
    /// The user's message.
    public var user: String?
    /// The model's answer.
    public var response: String?

    /// A decoder `userInfo` key: set it to `true` to decode `system`, `user` and
    /// `response`; otherwise they are skipped (nil).
    public static let includeTextsKey: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "sysbench-kit.judged-turn.include-texts") else {
            preconditionFailure("a constant non-empty key")
        }
        return key
    }()

    /// Creates a record.
    public init(
        caseID: String, systemID: Int? = nil, mode: Mode, turn: Int, alignment: Alignment,
        model: String? = nil, judgeModel: String? = nil, items: [Item], reason: String? = nil,
        judgeFailure: Bool = false, error: String? = nil,
        system: String? = nil, user: String? = nil, response: String? = nil
    ) {
        self.caseID = caseID
        self.systemID = systemID
        self.mode = mode
        self.turn = turn
        self.alignment = alignment
        self.model = model
        self.judgeModel = judgeModel
        self.items = items
        self.reason = reason
        self.judgeFailure = judgeFailure
        self.error = error
        self.system = system
        self.user = user
        self.response = response
    }

    /// One checklist item's verdict.
    public struct Item: Sendable, Hashable, Codable {
        /// The item id (1-based position in the turn's checklist).
        public var id: Int
        /// The constraint type.
        public var type: ConstraintType
        /// The judge's verdict text as written (a JSON boolean reads as `true`/`false`);
        /// nil when there is none.
        public var verdictText: String?
        /// The checklist text.
        public var text: String?
        /// Who decides the item, when it carries a check.
        public var verify: Verify?
        /// Whether the answer passed the item's check; nil when it has none.
        public var checkPassed: Bool?
        /// The check's measured count; nil for kinds that count nothing.
        public var value: Int?
        /// The final verdict as `verify` decides it; nil without a check or a verdict.
        public var finalText: String?

        /// Creates an item.
        public init(
            id: Int, type: ConstraintType, verdictText: String?, text: String? = nil,
            verify: Verify? = nil, checkPassed: Bool? = nil, value: Int? = nil, finalText: String? = nil
        ) {
            self.id = id
            self.type = type
            self.verdictText = verdictText
            self.text = text
            self.verify = verify
            self.checkPassed = checkPassed
            self.value = value
            self.finalText = finalText
        }

        /// The check's finding beside the judge, when the item carries a check and the
        /// judge gave a verdict. `verify` defaults to `both` when a record leaves it out.
        public var check: ItemCheck? {
            guard let checkPassed, let verdict else { return nil }
            return ItemCheck(judge: verdict, passed: checkPassed, value: value, verify: verify ?? .both)
        }

        /// The verdict scoring uses: the final verdict when the item carries a check
        /// (as recorded, or worked out again from `verify` when the record has none),
        /// else the judge's; nil when the judge gave none.
        public var scoringVerdict: Verdict? {
            guard let check else { return verdict }
            return finalText.map { Verdict(raw: $0) } ?? check.final
        }

        /// The normalised verdict; nil when the judge gave none.
        public var verdict: Verdict? {
            verdictText.map { Verdict(raw: $0) }
        }

        enum CodingKeys: String, CodingKey {
            case id, type, verdict, verify, checkPassed = "check", value, finalText = "final", text
        }

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
                verdictText = nil
            } else {
                verdictText = try container.decodeIfPresent(RawVerdict.self, forKey: .verdict)?.text
            }
            text = try container.decodeIfPresent(String.self, forKey: .text)
            if let verifyText = try container.decodeIfPresent(String.self, forKey: .verify) {
                guard let verify = Verify(rawValue: verifyText) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .verify, in: container, debugDescription: "unknown verify \"\(verifyText)\"")
                }
                self.verify = verify
            }
            checkPassed = try container.decodeIfPresent(Bool.self, forKey: .checkPassed)
            value = try container.decodeIfPresent(Int.self, forKey: .value)
            finalText = try container.decodeIfPresent(String.self, forKey: .finalText)
        }

        /// Encodes `id`, `type`, `verdict` (null when nil), the check's fields and
        /// `text`, each optional one only when present.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(type.rawValue, forKey: .type)
            if let verdictText { try container.encode(verdictText, forKey: .verdict) } else { try container.encodeNil(forKey: .verdict) }
            try container.encodeIfPresent(verify?.rawValue, forKey: .verify)
            try container.encodeIfPresent(checkPassed, forKey: .checkPassed)
            try container.encodeIfPresent(value, forKey: .value)
            try container.encodeIfPresent(finalText, forKey: .finalText)
            try container.encodeIfPresent(text, forKey: .text)
        }
    }

    enum CodingKeys: String, CodingKey {
        case caseID = "case", systemID = "system_id", mode, turn, alignment, model
        case judgeModel = "judge_model", items, reason, judgeFailure = "judge_failure", error
        case system, user, response
    }

    /// Decodes a record, checking mode, alignment and turn; the texts only when the
    /// decoder's ``includeTextsKey`` is true.
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
        if decoder.userInfo[Self.includeTextsKey] as? Bool == true {
            system = try? container.decodeIfPresent(String.self, forKey: .system)
            user = try? container.decodeIfPresent(String.self, forKey: .user)
            response = try? container.decodeIfPresent(String.self, forKey: .response)
        }
    }

    /// Encodes the record in the documented key order; `reason` is written as null
    /// when absent, the other optional fields are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(caseID, forKey: .caseID)
        try container.encodeIfPresent(systemID, forKey: .systemID)
        try container.encode(mode.rawValue, forKey: .mode)
        try container.encode(turn, forKey: .turn)
        try container.encode(alignment.rawValue, forKey: .alignment)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(judgeModel, forKey: .judgeModel)
        try container.encode(items, forKey: .items)
        if let reason { try container.encode(reason, forKey: .reason) } else { try container.encodeNil(forKey: .reason) }
        try container.encode(judgeFailure, forKey: .judgeFailure)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encodeIfPresent(system, forKey: .system)
        try container.encodeIfPresent(user, forKey: .user)
        try container.encodeIfPresent(response, forKey: .response)
    }
}
