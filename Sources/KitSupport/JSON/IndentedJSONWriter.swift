/// Writes JSON laid out the way Python's `json.dump(value, ensure_ascii=False, indent=n)`
/// does: one entry per line, `": "` between key and value, empty containers as `[]` and
/// `{}`, strings escaped exactly like `JSONWriter` (UTF-8 as is). The SysBench release
/// file is written this way, so an export of an import diffs clean against it.
public enum IndentedJSONWriter {
    /// The value as indented text, without a final line break (Python writes none).
    public static func text(_ value: JSONValue, indent: Int = 2) -> String {
        var out = ""
        write(value, indent: indent, level: 0, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, level: Int, into out: inout String) {
        switch value {
        case .array(let items) where !items.isEmpty:
            out += "["
            for (index, item) in items.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                pad(indent * (level + 1), into: &out)
                write(item, indent: indent, level: level + 1, into: &out)
            }
            out += "\n"
            pad(indent * level, into: &out)
            out += "]"
        case .object(let pairs) where !pairs.isEmpty:
            out += "{"
            for (index, pair) in pairs.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                pad(indent * (level + 1), into: &out)
                JSONWriter.writeString(pair.0, into: &out)
                out += ": "
                write(pair.1, indent: indent, level: level + 1, into: &out)
            }
            out += "\n"
            pad(indent * level, into: &out)
            out += "}"
        default:
            JSONWriter.write(value, into: &out)
        }
    }

    private static func pad(_ count: Int, into out: inout String) {
        out += String(repeating: " ", count: count)
    }
}
