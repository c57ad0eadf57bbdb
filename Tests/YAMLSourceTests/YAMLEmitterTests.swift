import Testing
@testable import YAMLSource

/// Emits `{k: text}` with the automatic style and returns the output.
private func emitted(_ text: String, style: YAMLEmitter.ScalarStyle = .auto) throws -> String {
    let out = try YAMLEmitter()
    try out.streamStart()
    try out.documentStart()
    try out.mappingStart()
    try out.scalar("k")
    try out.scalar(text, style: style)
    try out.mappingEnd()
    try out.documentEnd()
    try out.streamEnd()
    return out.text
}

/// What our parser reads back as the value of `k`.
private func readBack(_ yaml: String) throws -> Scalar? {
    try YAMLParser.parse(yaml)["k"]?.scalar
}

@Suite struct YAMLEmitterTests {
    static let tricky: [String] = [
        "", " ", "  ", "\n", "\n\n", "a\n", "a\n\n", "a\n\n\n", "\na", "\n\na\n", " a", "a ", " a ",
        "a \nb", "a\n b", " lead\nline", "a\n\tb", "\t", "tab\there", "cr\r\nlf", "\r", "a\rb",
        "no", "No", "NO", "yes", "y", "n", "on", "off", "true", "False", "null", "~", "Null",
        "123", "0x1F", "0o17", "1_000", "1.5", "-1", "+1", ".5", ".inf", "-.Inf", ".NaN", "1e3",
        "2001-12-14", "12:30", "<<", "=", "- x", "-", "--", "---", "...", "--- a", "? x", "?", ":",
        "a: b", "a:b", "key:", "# comment", "a # b", "a#b", "#", "&anchor", "*alias", "!tag", "|", ">",
        "'quoted'", "\"dq\"", "[a]", "{a: b}", "a, b", "@at", "`tick", "%percent",
        "武汉的 “过早” 文化", "你好！🌟 我是你的心灵支持者💡🌈", "𝑥 + 1", "\u{E000}", "a\u{E000}b\u{E001}🌟",
        "line1\nline2 \nline3", "### 标题  \n内容  \n", "x\u{2028}y", "x\u{2029}y", "x\u{85}y", "\u{FEFF}bom",
        "ctrl\u{1}\u{7}\u{1B}\u{7F}", "nul\u{0}byte", "multi\nline\nwith 🌟 emoji\n",
        "  indented first\nsecond\n", "ends with spaces  ", "trailing\n  ", "a\n\n\nb\n",
        String(repeating: "long words ", count: 40), String(repeating: "长", count: 500) + "\n" + String(repeating: "x", count: 300),
    ]

    @Test(arguments: tricky)
    func everyStringRoundTripsExactly(_ text: String) throws {
        let yaml = try emitted(text)
        let scalar = try #require(try readBack(yaml), "emitted:\n\(yaml)")
        #expect(scalar.text == text, "emitted:\n\(yaml)")
        #expect(!scalar.isNull, "read back as null:\n\(yaml)")
    }

    @Test(arguments: tricky)
    func everyStringRoundTripsInEveryRequestedStyle(_ text: String) throws {
        for style in [YAMLEmitter.ScalarStyle.plain, .singleQuoted, .doubleQuoted] {
            let yaml = try emitted(text, style: style)
            #expect(try readBack(yaml)?.text == text, "style \(style) emitted:\n\(yaml)")
        }
    }

    @Test func valuesThatWouldChangeTypeAreQuoted() throws {
        for text in ["no", "yes", "123", "~", "null", "1.5", "true", ".inf", "2001-12-14", ""] {
            let scalar = try #require(try readBack(try emitted(text)))
            #expect(scalar.style != .plain, "\(text) was written plain")
        }
        #expect(try readBack(try emitted("hello world"))?.style == .plain)
        #expect(try readBack(try emitted("武汉"))?.style == .plain)
    }

    @Test func multiLineTextBecomesABlockLiteralWithCharactersAsTheyAre() throws {
        let yaml = try emitted("第一行 🌟\n第二行\n")
        #expect(yaml == "k: |\n  第一行 🌟\n  第二行\n")
        #expect(try emitted("a\nb") == "k: |-\n  a\n  b\n")
    }

    @Test func textThatABlockCannotKeepIsDoubleQuoted() throws {
        #expect(try emitted("a  \nb") == "k: \"a  \\nb\"\n")
        #expect(try readBack(try emitted("x\u{2028}y\nz"))?.style == .doubleQuoted)
    }

    @Test func longLinesAreNeverFolded() throws {
        let long = String(repeating: "word ", count: 100) + "end"
        #expect(try emitted(long) == "k: \(long)\n")
    }

    @Test func flowCollectionsStayOnOneLine() throws {
        let out = try YAMLEmitter()
        try out.streamStart()
        try out.documentStart()
        try out.mappingStart()
        try out.scalar("depends_on")
        try out.sequenceStart(style: .flow)
        try out.scalar("t1")
        try out.scalar("t2")
        try out.sequenceEnd()
        try out.scalar("travel")
        try out.mappingStart(style: .flow)
        try out.scalar("zh")
        try out.scalar("旅游")
        try out.mappingEnd()
        try out.mappingEnd()
        try out.documentEnd()
        try out.streamEnd()
        #expect(out.text == "depends_on: [t1, t2]\ntravel: {zh: 旅游}\n")
    }

    @Test func eventsOutOfOrderAreAnErrorNotACrash() throws {
        let out = try YAMLEmitter()
        #expect(throws: YAMLEmitterError.self) { try out.mappingEnd() }
        #expect(throws: YAMLEmitterError.self) { try out.streamStart() }
    }

    @Test func randomStringsRoundTrip() throws {
        // A fixed-seed generator over an alphabet of YAML's troublemakers.
        let alphabet: [String] = [" ", "\n", "\t", "\r", "-", ":", "#", "'", "\"", "\\", "a", "Z", "0", "1", ".",
                                  "武", "🌟", "\u{E000}", "\u{85}", "\u{2028}", "?", "|", ">", "&", "*", "!", "%", "@", ","]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<400 {
            let length = next() % 12
            let text = (0..<length).map { _ in alphabet[next() % alphabet.count] }.joined()
            let yaml = try emitted(text)
            #expect(try readBack(yaml)?.text == text, "\(text.debugDescription) emitted:\n\(yaml)")
        }
    }
}
