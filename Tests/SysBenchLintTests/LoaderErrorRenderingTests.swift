import SysBenchCore
@testable import SysBenchLint
import Testing

/// Lints `text` as one file and renders it the way `lint --format text` does.
private func rendered(_ text: String, file: String = "case.yaml") -> String {
    rendered(bytes: Array(text.utf8), file: file)
}

private func rendered(bytes: [UInt8], file: String = "case.yaml") -> String {
    var linter = DatasetLinter(config: .sysbenchDefault)
    return TextReporter().report(linter.lint(file: file, bytes: bytes))
}

/// The loader's errors as users see them: position, message, rule id, source line and caret.
@Suite struct LoaderErrorRenderingTests {
    @Test func duplicateKey() {
        #expect(rendered("id: case\nmode: parallel\nid: other\n") == """
            case.yaml:3:1: error: duplicate key 'id' [yaml-duplicate-key]
            id: other
            ^

            """)
    }

    @Test func syntaxErrorKeepsLibyamlContext() {
        #expect(rendered("id: case\ndomain: [travel\nmode: parallel\n") == """
            case.yaml:3:5: error: did not find expected ',' or ']' (while parsing a flow sequence at 2:9) [yaml-syntax]
            mode: parallel
                ^

            """)
    }

    @Test func anchorsAndAliases() {
        #expect(rendered("scene: &s guide\nid: *s\n") == """
            case.yaml:1:8: error: anchor '&s' is not allowed: case files spell every value out [yaml-anchor-alias]
            scene: &s guide
                   ^
            case.yaml:2:5: error: alias '*s' is not allowed: write the value out [yaml-anchor-alias]
            id: *s
                ^

            """)
    }

    @Test func customTagAndSecondDocument() {
        #expect(rendered("id: !python/name x\n") == """
            case.yaml:1:5: error: tag '!python/name' is not allowed: only YAML core tags such as !!str are [yaml-tag]
            id: !python/name x
                ^

            """)
        #expect(rendered("id: a\n---\nid: b\n") == """
            case.yaml:2:1: error: a case file holds one YAML document; this is a second one [yaml-multiple-documents]
            ---
            ^

            """)
    }

    @Test func emptyFile() {
        #expect(rendered("") == """
            case.yaml:1:1: error: the file holds no YAML document [yaml-empty]

            """)
    }

    @Test func invalidUTF8PointsAtTheByteWithWideCharactersBeforeIt() {
        let bytes = Array("id: case\nscene: 旅游".utf8) + [0xFF] + Array("x\n".utf8)
        #expect(rendered(bytes: bytes) == """
            case.yaml:2:10: error: invalid UTF-8 (byte 0xFF): save the file as UTF-8 [yaml-encoding]
            scene: 旅游\u{FFFD}x
                       ^

            """)
    }

    @Test func binaryFile() {
        #expect(rendered(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]) == """
            case.yaml:1:7: error: NUL byte: this looks like a binary file, not YAML text [yaml-encoding]

            """, "a binary line is not echoed as replacement characters")
    }

    @Test func deepNesting() {
        let text = "id: " + String(repeating: "[", count: 200_000)
        #expect(rendered(text) == """
            case.yaml:1:68: error: collections nested deeper than 64 levels [yaml-too-deep]
            id: \(String(repeating: "[", count: 63 + 60))…
            \(String(repeating: " ", count: 67))^

            """)
    }

    @Test func rootThatIsNotAMapping() {
        #expect(rendered("- id: case\n") == """
            case.yaml:1:1: error: a case file must be a mapping of fields (id, domain, mode, system, turns …), found a sequence [schema-wrong-kind]
            - id: case
            ^

            """)
    }

    @Test func unknownFieldSuggestsTheNearestName() {
        let text = """
            id: case
            domian: travel
            scene: guide
            mode: parallel
            system:
              text: Hi
            turns:
              - id: t1
                user: Hello
                alignment: aligned
                checklist:
                  - type: content
                    text: Greets back

            """
        // The missing 'domain' is the misspelt key: one error, not two.
        #expect(rendered(text) == """
            case.yaml:2:1: error: unknown field 'domian' in case; did you mean 'domain'? [schema-unknown-field]
            domian: travel
            ^

            """)
    }
}
