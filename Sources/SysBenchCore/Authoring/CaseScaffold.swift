/// The text of a new case file: every field of the case schema, either with an empty
/// value to fill in or commented out when optional, each with a comment that teaches it.
///
/// Designed so that `lint` on a fresh scaffold reports only "fill this in" errors: the
/// empty required texts (`domain`, `system.text`, each `user` and checklist `text`) fire
/// `schema-empty-text`; every other value is valid as written (`alignment: aligned`,
/// `type: content`, ids and dependencies), and optional fields are comments. The
/// empty `scene` gives the `scene-missing` warning as a reminder.
public enum CaseScaffold {
    /// The scaffold for case `id`.
    ///
    /// - Parameters:
    ///   - mode: parallel, or dependent (each turn after the first then depends on the one before).
    ///   - turns: how many turns to write (at least 1).
    ///   - language: written when given; otherwise the dataset's default applies.
    ///   - domains: the dataset's domain slugs, listed in the comment on `domain`.
    public static func text(id: String, mode: Mode, turns: Int, language: String?, domains: [String]) -> String {
        let caseFields = CaseSchema.case
        func summary(_ schema: ObjectSchema, _ field: String) -> String {
            schema.field(field)?.summary ?? ""
        }
        var out = CaseYAMLWriter.modeline
        out += """
            #
            # A new case: one system message and a conversation that tests whether a model
            # follows it. Fill in every "" below; `sysbench-kit lint` points at each one
            # left. Fields marked optional are commented out: remove the `#` to use them.

            # \(summary(caseFields, "id"))
            id: \(id)
            # optional: \(summary(caseFields, "system_id"))
            # system_id: 1

            """
        if let language {
            out += "# \(summary(caseFields, "language"))\nlanguage: \(language)\n"
        } else {
            out += "# optional: \(summary(caseFields, "language"))\n# language: en\n"
        }
        let listed = domains.isEmpty ? "" : " (" + domains.joined(separator: ", ") + ")"
        out += """
            # \(summary(caseFields, "domain"))\(listed)
            domain: ""
            # \(summary(caseFields, "scene"))
            scene: ""
            # \(summary(caseFields, "mode"))
            mode: \(mode.rawValue)
            # \(summary(caseFields, "system"))
            system:
              # \(summary(CaseSchema.system, "text")); write it as a block:
              #   text: |
              #     You are …
              text: ""
              # optional: \(summary(CaseSchema.system, "constraints"))
              # constraints:
              #   - id: C1   # \(summary(CaseSchema.constraint, "id"))
              #     type: action   # \(summary(CaseSchema.constraint, "type"))
              #     quote: …   # \(summary(CaseSchema.constraint, "quote"))
              #     note: …   # optional: \(summary(CaseSchema.constraint, "note"))
            # \(summary(caseFields, "turns"))
            turns:

            """
        for index in 1...max(1, turns) {
            out += "  - id: t\(index)"
            if index == 1 { out += "   # \(summary(CaseSchema.turn, "id"))" }
            out += "\n    user: \"\""
            if index == 1 { out += "   # \(summary(CaseSchema.turn, "user"))" }
            out += "\n    alignment: aligned"
            if index == 1 { out += "   # \(summary(CaseSchema.turn, "alignment"))" }
            out += "\n"
            if mode == .dependent, index > 1 {
                out += "    depends_on: [t\(index - 1)]"
                if index == 2 { out += "   # \(summary(CaseSchema.turn, "depends_on"))" }
                out += "\n"
            }
            out += "    checklist:"
            if index == 1 { out += "   # \(summary(CaseSchema.turn, "checklist"))" }
            out += "\n      - type: content"
            if index == 1 { out += "   # \(summary(CaseSchema.checklistItem, "type"))" }
            out += "\n        text: \"\""
            if index == 1 { out += "   # \(summary(CaseSchema.checklistItem, "text"))" }
            out += "\n"
            if index == 1 {
                out += "        # constraint: C1   # optional: \(summary(CaseSchema.checklistItem, "constraint"))\n"
                out += "        # check: {count: words, at_most: 150}   # optional: \(summary(CaseSchema.checklistItem, "check"))\n"
                out += "        # verify: both   # optional: \(summary(CaseSchema.checklistItem, "verify"))\n"
                out += "    # reference: |   # optional: \(summary(CaseSchema.turn, "reference"))\n"
                out += "    #   The answer a model should give …\n"
            }
        }
        return out
    }
}
