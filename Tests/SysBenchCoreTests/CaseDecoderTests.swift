import Testing
import YAMLSource
@testable import SysBenchCore

@Suite struct CaseDecoderTests {
    @Test func readsEveryFieldWithItsPosition() throws {
        let root = try YAMLParser.parse("""
            id: wuhan
            system_id: 3
            domain: travel
            mode: dependent
            system:
              text: Only Wuhan.
              constraints:
                - {id: C1, type: action, quote: Only Wuhan.}
            turns:
              - id: t1
                user: no
                alignment: aligned
                checklist:
                  - {type: action, text: Stays on Wuhan, constraint: C1}
              - id: t2
                user: And food?
                alignment: misaligned
                depends_on: [t1]
                checklist: [{type: content, text: Names hot dry noodles}]
            """)
        let decoded = CaseDecoder.decode(root)
        #expect(decoded.id?.value == "wuhan")
        #expect(decoded.systemID?.value == 3)
        #expect(decoded.typedMode == .dependent)
        #expect(decoded.system?.constraints.first?.typedType == .action)
        #expect(decoded.turns.count == 2)
        // Typed by the field: `user: no` is the text "no", not a boolean.
        #expect(decoded.turns[0].user?.value == "no")
        #expect(decoded.turns[0].user?.start == Mark(line: 11, column: 11))
        #expect(decoded.turns[0].checklist.first?.constraint?.value == "C1")
        #expect(decoded.turns[1].typedAlignment == .misaligned)
        #expect(decoded.turns[1].dependsOn?.map(\.value) == ["t1"])
        #expect(decoded.turns[0].dependsOn == nil)
    }

    @Test func leavesWhatIsMissingOrMistypedNil() throws {
        let decoded = CaseDecoder.decode(try YAMLParser.parse("id: [x]\nsystem_id: '3'\nscene:\nturns: 5\n"))
        #expect(decoded.id == nil)
        #expect(decoded.systemID == nil)
        #expect(decoded.scene?.value == "")
        #expect(decoded.turns.isEmpty)
        #expect(decoded.turnsNode != nil)
        #expect(decoded.system == nil)
    }
}
