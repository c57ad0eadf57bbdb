/// A scalar exactly as written: its text, how it was quoted and any explicit core tag.
///
/// No YAML 1.1 type guessing happens here: `no` stays the text "no". Whoever reads
/// the scalar decides what type the field wants.
public struct Scalar: Sendable, Equatable {
    /// How the scalar was written in the source.
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's value after YAML's quoting and folding rules.
    public var text: String
    public var style: Style
    /// The resolved core tag, such as `tag:yaml.org,2002:str`, when one was written.
    public var tag: String?

    public init(text: String, style: Style = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }

    /// True for an unquoted, untagged empty value, `~` or `null` (a YAML null).
    public var isNull: Bool {
        guard style == .plain, tag == nil || tag == Scalar.nullTag else { return false }
        // By length first: most scalars are long texts, and comparing costs more than counting.
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// The integer a plain decimal scalar spells (`42`, `-3`, `+7`), or nil for anything
    /// else, including quoted numbers, floats, octal and hex.
    public var plainInteger: Int? {
        guard style == .plain, tag == nil || tag == Scalar.intTag else { return nil }
        var digits = Substring(text)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text.first == "+" ? String(text.dropFirst()) : text)
    }

    static let nullTag = "tag:yaml.org,2002:null"
    static let intTag = "tag:yaml.org,2002:int"
}
