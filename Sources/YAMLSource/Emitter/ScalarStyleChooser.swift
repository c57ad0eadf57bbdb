/// Picks the most readable scalar style that reads back as exactly the same string.
///
/// libyaml knows YAML's syntax, so it quotes `- x`, `a: b` or ` lead` on its own when
/// asked for a plain scalar. It does not know types: it would write `no`, `123` or
/// `~` plain, and YAML 1.1 readers (PyYAML, editors) would load a boolean, a number or
/// a null. Those are quoted here. It also treats U+2028, U+2029 and U+0085 as line
/// breaks inside a block scalar, which changes the text; such text, and text with tabs,
/// carriage returns or other control characters, is double-quoted so every character
/// is escaped exactly.
enum ScalarStyleChooser {
    static func style(for text: String) -> YAMLEmitter.ScalarStyle {
        if text.isEmpty { return .doubleQuoted }
        var hasBreak = false
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                // A space or tab before a line break does not survive a block scalar.
                if previous == " " { return .doubleQuoted }
                hasBreak = true
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                return .doubleQuoted
            default:
                break
            }
            previous = scalar
        }
        if hasBreak {
            return previous == " " ? .doubleQuoted : .literal
        }
        return looksLikeNonString(text) ? .singleQuoted : .plain
    }

    private static let reservedWords: Set<String> = [
        "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", "<<", "=",
    ]

    /// True when a YAML 1.1 or 1.2 core resolver could read the plain scalar as
    /// something other than a string. Errs on the side of quoting: anything that starts
    /// like a number, a date or a special float is quoted.
    static func looksLikeNonString(_ text: String) -> Bool {
        if reservedWords.contains(text.lowercased()) { return true }
        let scalars = Array(text.unicodeScalars.prefix(3))
        guard let first = scalars.first else { return true }
        if first.properties.numericType != nil && first.isASCII { return true }
        if first == "+" || first == "-" || first == "." {
            let rest = text.lowercased().dropFirst(first == "." ? 0 : 1)
            if rest.hasPrefix(".inf") || rest.hasPrefix(".nan") { return true }
            if let second = scalars.dropFirst().first,
               second.isASCII, second.properties.numericType != nil || second == "." {
                return true
            }
        }
        return false
    }
}
