/// The one JSON writer of the toolkit: every file it writes goes through here (Codable
/// types through ``JSONValueEncoder``). Keys in the order given, UTF-8 written as it
/// is, only `"`, `\` and control characters escaped: the same value gives the same
/// bytes on every machine. Compact for records tools read (JSONL); with `indent`,
/// laid out exactly as Python's `json.dump(value, ensure_ascii=False, indent=n)`, so
/// an export of the SysBench release diffs clean against the original.
///
/// The work happens on a byte buffer: `build` writes every record through here, and
/// appending bytes is several times cheaper than growing a `String` piece by piece.
public enum JSONWriter {
    /// The value as text; `indent` > 0 pretty-prints with that many spaces a level
    /// (for reports people read), 0 writes it compact (for records tools read).
    public static func write(_ value: JSONValue, indent: Int = 0) -> String {
        var bytes: [UInt8] = []
        write(value, into: &bytes, indent: indent, level: 0)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` to `out`, compact.
    public static func write(_ value: JSONValue, into out: inout String) {
        var bytes: [UInt8] = []
        write(value, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` to `out` as compact UTF-8 bytes.
    public static func write(_ value: JSONValue, into out: inout [UInt8]) {
        write(value, into: &out, indent: 0, level: 0)
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], indent: Int, level: Int) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let flag): append(flag ? "true" : "false", to: &out)
        case .int(let number): append(String(number), to: &out)
        case .double(let number): append(format(number), to: &out)
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else { return append("[]", to: &out) }
            out.append(UInt8(ascii: "["))
            var first = true
            for item in items {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                newline(&out, indent: indent, level: level + 1)
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else { return append("{}", to: &out) }
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, item) in pairs {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                newline(&out, indent: indent, level: level + 1)
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent > 0 { out.append(UInt8(ascii: " ")) }
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], indent: Int, level: Int) {
        guard indent > 0 else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }

    /// Appends `text` as a JSON string literal.
    public static func writeString(_ text: String, into out: inout String) {
        var bytes: [UInt8] = []
        writeString(text, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal, in UTF-8 bytes.
    public static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            var runStart = 0
            var index = 0
            while index < buffer.count {
                // Eight bytes at a time while none needs escaping: most text needs none.
                if index + 8 <= buffer.count, !needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte == 0x22 || byte == 0x5C || byte < 0x20 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                    appendEscape(byte, to: &out)
                    runStart = index + 1
                }
                index += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes in `word` is `"`, `\\` or below 0x20 (may say yes
    /// for a byte of 0x80 or above next to one that needs it; the byte loop decides).
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
        // A byte below 0x20 is one where subtracting 0x20 borrows: (x - 0x20) & ~x & 0x80.
        let below = (word &- 0x2020_2020_2020_2020) & ~word & high
        return below != 0 || hasZero(word ^ 0x2222_2222_2222_2222) || hasZero(word ^ 0x5C5C_5C5C_5C5C_5C5C)
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: out.append(UInt8(ascii: "\""))
        case 0x5C: out.append(UInt8(ascii: "\\"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        default:
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                    digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
    }

    /// The shortest decimal for the double (`DecimalText.shortest`: no float noise
    /// such as `0.5443999999999999`); `null` when not finite.
    public static func format(_ number: Double) -> String {
        DecimalText.shortest(number) ?? "null"
    }
}
