import Testing
import YAMLSource
@testable import SysBenchCore

@Suite struct SchemaCheckerTests {
    private func problems(_ yaml: String, _ schema: ObjectSchema = CaseSchema.turn) throws -> [String] {
        let root = try YAMLParser.parse(yaml)
        return SchemaChecker.check(root, against: schema).map { "\($0.mark) \($0.kind.rawValue): \($0.message)" }
    }

    @Test func aCompleteTurnHasNoProblems() throws {
        let turn = "id: t1\nuser: Hello\nalignment: aligned\nchecklist:\n  - type: content\n    text: Greets back\n"
        #expect(try problems(turn).isEmpty)
    }

    @Test func reportsEachDepartureAtItsNodeInSourceOrder() throws {
        let turn = """
            id: t1
            usr: Hello
            alignment: [aligned]
            checklist:
              - type: content
                text: ""
            depends_on: t0
            """
        #expect(try problems(turn) == [
            "2:1 unknownField: unknown field 'usr' in turn; did you mean 'user'?",
            "3:12 wrongKind: 'alignment' should be text, found a sequence",
            "6:11 emptyText: 'text' of checklist item is empty",
            "7:13 wrongKind: 'depends_on' should be a list of text, found 't0'",
        ])
    }

    /// One typo is one problem: the unknown key, not also the field it stands for.
    @Test func aMisspeltRequiredFieldIsNotAlsoMissing() throws {
        let item = "tpye: content\ntext: Greets back\n"
        #expect(try problems(item, CaseSchema.checklistItem) == [
            "1:1 unknownField: unknown field 'tpye' in checklist item; did you mean 'type'?",
        ])
        #expect(try problems("text: Greets back\ncolour: blue\n", CaseSchema.checklistItem) == [
            "1:1 missingField: checklist item is missing required field 'type' (constraint type: action, content, background, role, format or style)",
            "2:1 unknownField: unknown field 'colour' in checklist item (known: type, text, constraint, check, verify)",
        ])
        let root = try YAMLParser.parse(item)
        #expect(SchemaChecker.misspelling(of: "type", in: root, schema: CaseSchema.checklistItem)?.key.scalar?.text == "tpye")
        #expect(SchemaChecker.misspelling(of: "constraint", in: root, schema: CaseSchema.checklistItem) == nil)
    }

    @Test func integersMustBePlainDecimals() throws {
        let start = "id: a\ndomain: travel\nmode: parallel\nsystem: {text: x}\nturns: []\n"
        #expect(try problems(start + "system_id: 7\n", CaseSchema.case).isEmpty)
        #expect(try problems(start + "system_id: '7'\n", CaseSchema.case) == [
            "6:12 wrongKind: 'system_id' should be a plain integer, found quoted '7'",
        ])
        #expect(try problems(start + "system_id: 7.5\n", CaseSchema.case) == [
            "6:12 wrongKind: 'system_id' should be a plain integer, found '7.5'",
        ])
    }

    @Test func aRootThatIsNotAMappingIsOneProblem() throws {
        #expect(try problems("- a\n- b\n") == ["1:1 wrongKind: expected a mapping (turn), found a sequence"])
    }

    @Test func unknownFieldsListTheKnownOnesWhenNothingIsClose() throws {
        #expect(try problems("zzzzzz: 1\n", CaseSchema.checklistItem) == [
            "1:1 unknownField: unknown field 'zzzzzz' in checklist item (known: type, text, constraint, check, verify)",
            "1:1 missingField: checklist item is missing required field 'type' (constraint type: action, content, background, role, format or style)",
            "1:1 missingField: checklist item is missing required field 'text' (what the verifier checks in the answer)",
        ])
    }
}
