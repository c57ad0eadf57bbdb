extension ReleaseRecord {
    /// Resolves a decoded case file into a record.
    ///
    /// `build` lints first, so on a clean dataset this never fails; it still checks
    /// every field it needs, so a caller that skipped linting gets an error that names
    /// the field instead of a wrong record. Optional text that is empty (`scene: ""`,
    /// an empty `reference`) counts as absent; `language` falls back to
    /// `defaultLanguage` (dataset.yaml's), and stays absent when neither names one.
    public init(case source: Case, defaultLanguage: String?) throws(RecordError) {
        // The names are autoclosures: built only for the message of a missing field.
        func need<T>(_ value: Located<T>?, _ name: @autoclosure () -> String) throws(RecordError) -> T {
            guard let value else { throw RecordError("case is missing '\(name())'") }
            return value.value
        }
        func nonEmpty(_ value: Located<String>?) -> String? {
            guard let text = value?.value, !text.isEmpty else { return nil }
            return text
        }
        func type(_ value: Located<String>?, _ owner: StaticString) throws(RecordError) -> ConstraintType {
            let text = try need(value, "\(owner) type")
            guard let type = ConstraintType(rawValue: text) else { throw RecordError("\(owner): unknown type '\(text)'") }
            return type
        }

        let id = try need(source.id, "id")
        let modeText = try need(source.mode, "mode")
        guard let mode = Mode(rawValue: modeText) else { throw RecordError("\(id): unknown mode '\(modeText)'") }
        guard let system = source.system else { throw RecordError("\(id): missing 'system'") }
        var constraints: [Constraint] = []
        constraints.reserveCapacity(system.constraints.count)
        for annotation in system.constraints {
            constraints.append(Constraint(
                id: try need(annotation.id, "constraint id"),
                type: try type(annotation.type, "constraint"),
                quote: nonEmpty(annotation.quote),
                note: nonEmpty(annotation.note)))
        }
        var turns: [Turn] = []
        turns.reserveCapacity(source.turns.count)
        for turn in source.turns {
            let alignmentText = try need(turn.alignment, "alignment")
            guard let alignment = Alignment(rawValue: alignmentText) else {
                throw RecordError("\(id): unknown alignment '\(alignmentText)'")
            }
            var items: [ChecklistItem] = []
            items.reserveCapacity(turn.checklist.count)
            for (index, item) in turn.checklist.enumerated() {
                let (check, verify) = try Self.check(of: item, "\(id): checklist item \(index + 1)")
                items.append(ChecklistItem(
                    id: index + 1,
                    type: try type(item.type, "checklist item"),
                    text: try need(item.text, "checklist text"),
                    constraint: nonEmpty(item.constraint),
                    check: check,
                    verify: verify))
            }
            turns.append(Turn(
                id: try need(turn.id, "turn id"),
                user: try need(turn.user, "user"),
                alignment: alignment,
                dependsOn: (turn.dependsOn ?? []).map(\.value),
                checklist: items,
                reference: nonEmpty(turn.reference)))
        }
        self.init(
            id: id,
            systemID: source.systemID?.value,
            language: nonEmpty(source.language) ?? defaultLanguage,
            domain: try need(source.domain, "domain"),
            scene: nonEmpty(source.scene),
            mode: mode,
            systemText: try need(system.text, "system text"),
            constraints: constraints,
            turns: turns)
    }
}
