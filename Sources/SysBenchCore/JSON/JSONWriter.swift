/// Writes JSON the canonical way the release format asks for: compact, keys in the
/// order given, UTF-8 written as it is, and only `"`, `\` and control characters
/// escaped. The same value always gives the same bytes.
public enum JSONWriter {
    /// The value as text; `indent` > 0 pretty-prints with that many spaces a level
    /// (for reports people read), 0 writes it compact (for records tools read).
    public static func write(_ value: JSONValue, indent: Int = 0) -> String {
        var out = ""
        write(value, into: &out, indent: indent, level: 0)
        return out
    }

    /// Appends `value` to `out`, compact.
    public static func write(_ value: JSONValue, into out: inout String) {
        write(value, into: &out, indent: 0, level: 0)
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: Int, level: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += format(number)
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out += "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                writeString(pair.0, into: &out)
                out += indent > 0 ? ": " : ":"
                write(pair.1, into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, indent: Int, level: Int) {
        guard indent > 0 else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    /// Appends `text` as a JSON string literal.
    public static func writeString(_ text: String, into out: inout String) {
        out += "\""
        var plainStart = text.utf8.startIndex
        var index = plainStart
        let utf8 = text.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 {
                out += String(text[plainStart..<index])
                out += escape(byte)
                plainStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += String(text[plainStart..<index])
        out += "\""
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }

    /// The shortest text that reads back as the same double; `null` when not finite.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number)) + ".0"
        }
        return "\(number)"
    }
}
