import Testing
import YAMLSource

/// Loads `text` and returns the rendered errors, one per line, or "ok".
private func errors(_ text: String) -> String {
    do {
        _ = try YAMLParser.parse(text)
        return "ok"
    } catch {
        return error.description
    }
}

private func errors(bytes: [UInt8]) -> String {
    do {
        _ = try YAMLParser.parse(bytes)
        return "ok"
    } catch {
        return error.description
    }
}

@Suite struct YAMLParserTests {
    @Test func keepsKeyOrderAndPositions() throws {
        let root = try YAMLParser.parse("b: 1\na:\n  - x\n  - 'y'\n")
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar?.text } == ["b", "a"])
        #expect(pairs[0].key.start == Mark(line: 1, column: 1))
        let items = try #require(root["a"]?.sequence)
        #expect(items.map { $0.scalar?.text } == ["x", "y"])
        #expect(items[1].start == Mark(line: 4, column: 5))
        #expect(items[1].scalar?.style == .singleQuoted)
        #expect(root["a"]?.start == Mark(line: 3, column: 3))
    }

    @Test func scalarsAreNotGuessed() throws {
        let root = try YAMLParser.parse("user: no\nid: 007\nempty:\n")
        #expect(root["user"]?.scalar?.text == "no")
        #expect(root["id"]?.scalar?.plainInteger == 7)
        #expect(root["empty"]?.scalar?.isNull == true)
        #expect(try YAMLParser.parse("n: '3'")["n"]?.scalar?.plainInteger == nil)
        #expect(try YAMLParser.parse("n: 3.0")["n"]?.scalar?.plainInteger == nil)
    }

    @Test func positionsCountCharactersNotBytes() throws {
        let root = try YAMLParser.parse("名字: 武汉\nk: v\n")
        #expect(root["名字"]?.start == Mark(line: 1, column: 5))
    }

    @Test func syntaxErrorCarriesLibyamlProblemAndContext() {
        #expect(errors("a: [1, 2\nb: 3\n") == "2:2: did not find expected ',' or ']' (while parsing a flow sequence at 1:4)")
        #expect(errors("a: b: c\n") == "1:5: mapping values are not allowed in this context")
    }

    @Test func duplicateKeysAreReportedAtTheSecondKey() {
        #expect(errors("id: a\nmode: x\nid: b\n") == "3:1: duplicate key 'id'")
    }

    @Test func duplicateKeysAreFoundInLargeMappingsAndNestedOnes() {
        // Small mappings are scanned and large ones hashed: both must find the same keys.
        let keys = (1...20).map { "k\($0): \($0)\n" }.joined()
        #expect(errors(keys + "k3: again\n") == "21:1: duplicate key 'k3'")
        #expect(errors(keys + "k20: again\nk21: new\nk21: again\n") == "21:1: duplicate key 'k20'\n23:1: duplicate key 'k21'")
        #expect(errors("a:\n  b: 1\n  a: 2\nb: 3\n") == "ok")
        #expect(errors("a:\n  - {x: 1, x: 2}\n  - {x: 1}\n") == "2:12: duplicate key 'x'")
        #expect(errors("? [a]\n: 1\n? [a]\n: 2\n") == "1:3: a mapping key must be a scalar, not a sequence\n3:3: a mapping key must be a scalar, not a sequence")
    }

    @Test func anchorsAliasesAndMergeKeysAreRejected() {
        #expect(errors("a: &x 1\nb: *x\n") == """
            1:4: anchor '&x' is not allowed: case files spell every value out
            2:4: alias '*x' is not allowed: write the value out
            """)
        #expect(errors("a:\n  <<: {b: 1}\n") == "2:3: merge key '<<' is not allowed: write the keys out")
    }

    @Test func onlyCoreTagsAreAccepted() {
        #expect(errors("a: !!str 1\n") == "ok")
        #expect(errors("a: !python/object x\n") == "1:4: tag '!python/object' is not allowed: only YAML core tags such as !!str are")
    }

    @Test func oneDocumentOnly() {
        #expect(errors("a: 1\n---\nb: 2\n") == "2:1: a case file holds one YAML document; this is a second one")
    }

    @Test func emptyAndCommentOnlyFilesAreErrors() {
        #expect(errors("") == "1:1: the file holds no YAML document")
        #expect(errors("# just a comment\n\n") == "1:1: the file holds no YAML document")
    }

    @Test func complexKeysAreRejected() {
        #expect(errors("? [a]\n: 1\n") == "1:3: a mapping key must be a scalar, not a sequence")
    }

    @Test func encodingProblemsNameLineAndColumn() {
        #expect(errors(bytes: Array("a: 1\nb: x".utf8) + [0xFF] + Array("\n".utf8)) == "2:5: invalid UTF-8 (byte 0xFF): save the file as UTF-8")
        #expect(errors(bytes: [0x61, 0x3A, 0x20, 0x00]) == "1:4: NUL byte: this looks like a binary file, not YAML text")
        // Overlong encoding and a lone surrogate are not UTF-8 either.
        #expect(errors(bytes: [0x61, 0x3A, 0x20, 0xC0, 0x80]).hasPrefix("1:4: invalid UTF-8 (byte 0xC0)"))
        #expect(errors(bytes: [0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80]).hasPrefix("1:4: invalid UTF-8 (byte 0xED)"))
        #expect(errors(bytes: Array("a: \u{1}\n".utf8)) == "1:4: control characters are not allowed")
    }

    @Test func anEncodingProblemIsTheOnlyErrorWhateverComesBeforeIt() {
        // The check runs after libyaml when loading fails; its problem must still win,
        // as when it ran first.
        #expect(errors(bytes: Array("a: 1\na: 2\nb: [1\nc: ".utf8) + [0xC3]) == "4:4: invalid UTF-8 (byte 0xC3): save the file as UTF-8")
        #expect(errors(bytes: Array("a: 1\n---\nb: 2\n".utf8) + [0x00]) == "4:1: NUL byte: this looks like a binary file, not YAML text")
        let deep = String(repeating: "[", count: 70)
        #expect(errors(bytes: Array(deep.utf8) + [0xFF]) == "1:71: invalid UTF-8 (byte 0xFF): save the file as UTF-8")
        // libyaml would read a UTF-16 byte-order mark as UTF-16; the check refuses it first.
        #expect(errors(bytes: [0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00]) == "1:1: invalid UTF-8 (byte 0xFF): save the file as UTF-8")
        #expect(errors(bytes: [0xFE, 0xFF, 0x00, 0x61, 0x00, 0x3A]) == "1:1: invalid UTF-8 (byte 0xFE): save the file as UTF-8")
        #expect(errors(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)) == "ok")
    }

    @Test func deepNestingStopsWithAnErrorInsteadOfOverflowing() {
        let deep = String(repeating: "[", count: 200_000)
        #expect(errors(deep) == "1:65: collections nested deeper than 64 levels")
        let blocks = (0..<100).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n")
        #expect(errors(blocks) == "65:129: collections nested deeper than 64 levels")
    }

    @Test func aliasBombStopsAfterACappedNumberOfErrors() {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
        for level in 1..<9 {
            lines.append("\(Character(UnicodeScalar(97 + level)!)): &\(Character(UnicodeScalar(97 + level)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 9).joined(separator: ", ") + "]")
        }
        let rendered = errors(lines.joined(separator: "\n"))
        #expect(rendered.split(separator: "\n").count == YAMLParser.maxErrors)
        #expect(rendered.hasPrefix("1:4: anchor '&a' is not allowed"))
    }

    @Test func hugeScalarLoads() throws {
        let big = String(repeating: "x", count: 16 << 20)
        let root = try YAMLParser.parse("text: \(big)\n")
        #expect(root["text"]?.scalar?.text.utf8.count == 16 << 20)
    }

    @Test func equalityIgnoresPositions() throws {
        #expect(try YAMLParser.parse("a: 1") == YAMLParser.parse("\n\na:    1"))
    }
}
