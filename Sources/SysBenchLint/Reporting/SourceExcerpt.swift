import KitSupport

/// The source line a diagnostic points into, ready to print, with a caret line under
/// the column. Tabs are expanded, wide (CJK) characters take two columns, control
/// characters are shown as `�` (a line that is mostly such, or holds a NUL byte, is not
/// echoed at all: it comes from a binary file), and a very long line is cut to a window around the
/// column, so a 16 MB line costs no more than a short one to show.
struct SourceExcerpt: Equatable {
    /// The (possibly shortened) source line.
    var line: String
    /// Spaces and a `^` under the column.
    var caret: String

    /// Scalars shown on each side of the column when a line is cut.
    static let keep = 60
    /// A side longer than this many scalars is cut to `keep`.
    static let limit = 100
    static let tabWidth = 4

    /// Remembers where the last line looked up started, so that walking diagnostics in
    /// source order reads the file once.
    struct Cursor {
        var line = 1
        var offset = 0
    }

    /// The excerpt for `line`:`column` of `source`, or nil when the line does not exist.
    static func make(_ source: [UInt8], line: Int, column: Int, cursor: inout Cursor) -> SourceExcerpt? {
        if line < cursor.line { cursor = Cursor() }
        var offset = cursor.offset
        var current = cursor.line
        while current < line {
            guard let newline = source[offset...].firstIndex(of: 0x0A) else { return nil }
            offset = newline + 1
            current += 1
        }
        cursor = Cursor(line: current, offset: offset)
        let lineStart = offset
        if lineStart > source.count { return nil }

        // Walk to the column, remembering where each scalar starts (only the last few).
        var position = lineStart
        var scalarsBefore = 0
        while scalarsBefore < column - 1, position < source.count, source[position] != 0x0A {
            position = nextScalar(source, from: position)
            scalarsBefore += 1
        }
        var windowStart = lineStart
        let cutLeft = scalarsBefore > limit
        if cutLeft {
            windowStart = position
            for _ in 0..<keep { windowStart = previousScalar(source, before: windowStart, floor: lineStart) }
        }
        var windowEnd = position
        var after = 0
        while windowEnd < source.count, source[windowEnd] != 0x0A, after <= limit {
            windowEnd = nextScalar(source, from: windowEnd)
            after += 1
        }
        let cutRight = after > limit
        if cutRight {
            windowEnd = position
            for _ in 0..<keep { windowEnd = nextScalar(source, from: windowEnd) }
        }

        let before = String(decoding: source[windowStart..<position], as: UTF8.self)
        var rest = String(decoding: source[position..<windowEnd], as: UTF8.self)
        if rest.hasSuffix("\r") { rest.removeLast() }
        var shown = ""
        var width = 0
        if cutLeft {
            shown = "…"
            width = 1
        }
        for scalar in before.unicodeScalars { append(scalar, to: &shown, width: &width) }
        let caretColumn = width
        for scalar in rest.unicodeScalars { append(scalar, to: &shown, width: &width) }
        if cutRight { shown += "…" }
        if isUnprintable(source[windowStart..<windowEnd], shown: shown) { return nil }
        return SourceExcerpt(line: shown, caret: String(repeating: " ", count: caretColumn) + "^")
    }

    /// Whether the line is not text worth echoing (a binary file): it holds a NUL byte,
    /// or a quarter or more of it would show as `�` (control characters, invalid UTF-8).
    static func isUnprintable(_ bytes: ArraySlice<UInt8>, shown: String) -> Bool {
        if bytes.contains(0) { return true }
        var replaced = 0
        var total = 0
        for scalar in shown.unicodeScalars {
            total += 1
            if scalar == "\u{FFFD}" { replaced += 1 }
        }
        return replaced > 0 && replaced * 4 >= total
    }

    /// Appends how `scalar` looks on a terminal, keeping track of the display width.
    private static func append(_ scalar: Unicode.Scalar, to shown: inout String, width: inout Int) {
        if scalar == "\t" {
            let spaces = tabWidth - width % tabWidth
            shown += String(repeating: " ", count: spaces)
            width += spaces
            return
        }
        if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
            shown += "\u{FFFD}"
            width += 1
            return
        }
        shown.unicodeScalars.append(scalar)
        width += displayWidth(scalar)
    }

    /// 0 for combining marks and zero-width characters, 2 for East Asian wide and
    /// full-width characters, 1 otherwise (`DisplayWidth`, the toolkit's one rule).
    static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        DisplayWidth.of(scalar)
    }

    private static func nextScalar(_ source: [UInt8], from index: Int) -> Int {
        var next = index + 1
        while next < source.count, source[next] & 0xC0 == 0x80 { next += 1 }
        return min(next, source.count)
    }

    private static func previousScalar(_ source: [UInt8], before index: Int, floor: Int) -> Int {
        var previous = index - 1
        while previous > floor, source[previous] & 0xC0 == 0x80 { previous -= 1 }
        return max(previous, floor)
    }
}
