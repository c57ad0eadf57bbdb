/// The fields of a case file and of `dataset.yaml` (FORMAT.md §1–2).
public enum CaseSchema {
    /// One checklist item of a turn.
    public static let checklistItem = ObjectSchema(name: "checklist item", fields: [
        FieldSchema("type", .text, required: true, summary: "constraint type: action, content, background, role, format or style"),
        FieldSchema("text", .text, required: true, nonEmpty: true, summary: "what the verifier checks in the answer"),
        FieldSchema("constraint", .text, summary: "id of the system constraint this item checks"),
        FieldSchema("check", .check, summary: "a deterministic check of the answer, such as {count: chars, less_than: 400}"),
        FieldSchema("verify", .text, summary: "who decides the item: judge, both (the default with a check) or check"),
    ])

    /// One turn of the conversation.
    public static let turn = ObjectSchema(name: "turn", fields: [
        FieldSchema("id", .text, required: true, nonEmpty: true, summary: "turn id, unique in the case, such as t1"),
        FieldSchema("user", .text, required: true, nonEmpty: true, summary: "the user's message"),
        FieldSchema("alignment", .text, required: true, summary: "aligned or misaligned: does the request pull against the system message?"),
        FieldSchema("depends_on", .textList, summary: "dependent cases only: ids of earlier turns this one builds on"),
        FieldSchema("checklist", .list(checklistItem), required: true, summary: "what the verifier checks; item ids are 1..n by position"),
        FieldSchema("reference", .text, summary: "a ground-truth answer"),
    ])

    /// A constraint annotation of the system message.
    public static let constraint = ObjectSchema(name: "constraint", fields: [
        FieldSchema("id", .text, required: true, nonEmpty: true, summary: "constraint id, unique in the case, such as C1"),
        FieldSchema("type", .text, required: true, summary: "action, content, background, role, format or style"),
        FieldSchema("quote", .text, nonEmpty: true, summary: "the words of the system message that state it, verbatim"),
        FieldSchema("note", .text, summary: "a remark for authors and reviewers"),
    ])

    /// The system message.
    public static let system = ObjectSchema(name: "system", fields: [
        FieldSchema("text", .text, required: true, nonEmpty: true, summary: "the system message given to the model"),
        FieldSchema("constraints", .list(constraint), summary: "annotations of the constraints the text states"),
    ])

    /// A whole case file.
    public static let `case` = ObjectSchema(name: "case", fields: [
        FieldSchema("id", .text, required: true, nonEmpty: true, summary: "slug equal to the file name, unique in the dataset"),
        FieldSchema("system_id", .integer, summary: "SysBench's numeric id, unique in the dataset"),
        FieldSchema("language", .text, summary: "en or zh; defaults to dataset.yaml's language"),
        FieldSchema("domain", .text, required: true, nonEmpty: true, summary: "one of the domains listed in dataset.yaml"),
        FieldSchema("scene", .text, summary: "a few words on the situation"),
        FieldSchema("mode", .text, required: true, summary: "parallel (independent turns) or dependent (turns build on earlier ones)"),
        FieldSchema("system", .object(system), required: true, summary: "the system message and its constraint annotations"),
        FieldSchema("turns", .list(turn), required: true, summary: "the conversation, in order"),
    ])

    /// One entry under `domains:` in `dataset.yaml`.
    public static let domain = ObjectSchema(name: "domain", fields: [
        FieldSchema("zh", .text, required: true, nonEmpty: true, summary: "the SysBench (Chinese) label of the domain"),
    ])

    /// `dataset.yaml`.
    public static let dataset = ObjectSchema(name: "dataset", fields: [
        FieldSchema("name", .text, required: true, nonEmpty: true, summary: "the dataset's name"),
        FieldSchema("version", .text, required: true, nonEmpty: true, summary: "the dataset's version"),
        FieldSchema("description", .text, summary: "what the dataset is for"),
        FieldSchema("language", .text, summary: "default language of the cases: en or zh"),
        FieldSchema("turns_per_case", .integer, summary: "when set, every case must have exactly this many turns"),
        FieldSchema("domains", .map(domain), required: true, summary: "the closed list of domains cases may use"),
    ])

    /// The languages a case may be written in.
    public static let languages = ["en", "zh"]
}
