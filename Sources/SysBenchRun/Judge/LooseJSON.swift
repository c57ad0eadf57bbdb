/// A forgiving reader for what judges write: JSON, or a Python dict literal.
///
/// Accepts single- or double-quoted strings (raw newlines inside them too), bare keys
/// (`1:` or `reason:`), `True`/`False`/`None`, and trailing commas. It reads one value
/// and ignores what follows it.
enum LooseValue: Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([LooseValue])
    case object([(String, LooseValue)])

    static func == (lhs: LooseValue, rhs: LooseValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)), let (.number(a), .number(b)): a == b
        case let (.bool(a), .bool(b)): a == b
        case (.null, .null): true
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value's text when it is a scalar.
    var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    /// The first object in `text` that parses, trying each `{` in turn. The text is
    /// decoded once for all the tries: decoding the rest again at every `{` made a reply
    /// of many braces take minutes.
    static func firstObject(in text: Substring) -> LooseValue? {
        var reader = Reader(characters: Array(text.unicodeScalars))
        var start = 0
        while let brace = reader.characters[start...].firstIndex(of: "{") {
            reader.position = brace
            if let value = reader.value(depth: 0), case .object = value { return value }
            start = brace + 1
        }
        return nil
    }

    private struct Reader {
        let characters: [Unicode.Scalar]
        var position = 0

        mutating func skipSpace() {
            while position < characters.count, characters[position].properties.isWhitespace { position += 1 }
        }

        mutating func value(depth: Int) -> LooseValue? {
            guard depth < 64 else { return nil }
            skipSpace()
            guard position < characters.count else { return nil }
            switch characters[position] {
            case "{": return object(depth: depth)
            case "[": return array(depth: depth)
            case "\"", "'": return string().map(LooseValue.string)
            default:
                let word = bareWord()
                switch word {
                case "": return nil
                case "true", "True": return .bool(true)
                case "false", "False": return .bool(false)
                case "null", "None": return .null
                default: return Double(word) != nil ? .number(word) : .string(word)
                }
            }
        }

        mutating func object(depth: Int) -> LooseValue? {
            position += 1
            var pairs: [(String, LooseValue)] = []
            while true {
                skipSpace()
                guard position < characters.count else { return nil }
                if characters[position] == "}" { position += 1; return .object(pairs) }
                let key: String
                if characters[position] == "\"" || characters[position] == "'" {
                    guard let quoted = string() else { return nil }
                    key = quoted
                } else {
                    key = bareWord()
                    guard !key.isEmpty else { return nil }
                }
                skipSpace()
                guard position < characters.count, characters[position] == ":" || characters[position] == "：" else { return nil }
                position += 1
                guard let item = value(depth: depth + 1) else { return nil }
                pairs.append((key, item))
                skipSpace()
                guard position < characters.count else { return nil }
                if characters[position] == "," || characters[position] == "，" { position += 1; continue }
                if characters[position] == "}" { position += 1; return .object(pairs) }
                return nil
            }
        }

        mutating func array(depth: Int) -> LooseValue? {
            position += 1
            var items: [LooseValue] = []
            while true {
                skipSpace()
                guard position < characters.count else { return nil }
                if characters[position] == "]" { position += 1; return .array(items) }
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                guard position < characters.count else { return nil }
                if characters[position] == "," { position += 1; continue }
                if characters[position] == "]" { position += 1; return .array(items) }
                return nil
            }
        }

        mutating func string() -> String? {
            let quote = characters[position]
            position += 1
            var out = String.UnicodeScalarView()
            while position < characters.count {
                let character = characters[position]
                position += 1
                if character == quote { return String(out) }
                guard character == "\\" else { out.append(character); continue }
                guard position < characters.count else { return nil }
                let escaped = characters[position]
                position += 1
                switch escaped {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "u":
                    guard let scalar = unicodeEscape() else { return nil }
                    out.append(scalar)
                default: out.append(escaped)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard position + 4 <= characters.count else { return nil }
            let text = String(String.UnicodeScalarView(characters[position..<position + 4]))
            guard let value = UInt32(text, radix: 16) else { return nil }
            position += 4
            return value
        }

        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(high), position + 6 <= characters.count,
               characters[position] == "\\", characters[position + 1] == "u" {
                position += 2
                guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        }

        mutating func bareWord() -> String {
            let start = position
            while position < characters.count {
                let character = characters[position]
                if character.properties.isWhitespace || ",:：，{}[]\"'".unicodeScalars.contains(character) { break }
                position += 1
            }
            return String(String.UnicodeScalarView(characters[start..<position]))
        }
    }
}
