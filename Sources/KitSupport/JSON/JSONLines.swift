/// One line of a JSON Lines file: its 1-based number, its bytes without the newline,
/// and where the next line starts.
public struct JSONLine<Bytes: Collection>: @unchecked Sendable where Bytes.Element == UInt8 {
    /// The 1-based line number, counting blank lines.
    public var number: Int
    /// The line's bytes, without its newline.
    public var bytes: Bytes.SubSequence
    /// The index just after this line's newline (or the end of the data).
    public var end: Bytes.Index
    /// Whether a newline ends the line; false only for a last line cut short.
    public var isTerminated: Bool
}

/// The one JSON Lines splitter of the toolkit, with its one rule for blank lines:
/// a line holding only spaces, tabs and carriage returns is skipped (but counted, so
/// line numbers match an editor's).
public enum JSONLines {
    /// Whether `line` is blank: only spaces, tabs and carriage returns (or nothing).
    public static func isBlank(_ line: some Sequence<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The non-blank lines of `data`, in order.
    public static func lines<Bytes: Collection>(_ data: Bytes) -> [JSONLine<Bytes>] where Bytes.Element == UInt8 {
        var out: [JSONLine<Bytes>] = []
        var number = 0
        var start = data.startIndex
        while start < data.endIndex {
            number += 1
            let newline = data[start...].firstIndex(of: 0x0A)
            let stop = newline ?? data.endIndex
            let end = newline.map { data.index(after: $0) } ?? data.endIndex
            let line = data[start..<stop]
            if !isBlank(line) {
                out.append(JSONLine(number: number, bytes: line, end: end, isTerminated: newline != nil))
            }
            start = end
        }
        return out
    }
}
