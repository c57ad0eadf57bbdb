/// Substring search on UTF-8 bytes, for quick "can this text match at all?" tests that
/// spare slower, Character-level parsing the texts that cannot.
public enum ByteSearch {
    /// Whether `needle`'s UTF-8 bytes occur in `text`'s. Byte equality, so no Unicode
    /// normalisation: the caller's full parser decides, this only rules texts out.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        var text = text
        return text.withUTF8 { firstIndex(of: pattern, in: $0) != nil }
    }

    /// Whether any of `needles` (lower-case ASCII) occurs in `text` with ASCII letters
    /// compared case-insensitively; non-ASCII bytes only match themselves.
    public static func containsASCIICaseInsensitive(_ text: String, anyOf needles: [String]) -> Bool {
        let patterns = needles.map { Array($0.utf8) }
        var text = text
        return text.withUTF8 { bytes in
            // One pass over the text: most bytes of the texts this serves are not ASCII
            // letters and are passed over at once.
            for start in bytes.indices where bytes[start] < 0x80 {
                let first = bytes[start] | 0x20
                for pattern in patterns where pattern.first == first && matches(pattern, in: bytes, at: start) {
                    return true
                }
            }
            return false
        }
    }

    /// Whether `pattern` (lower-case ASCII) occurs at `start`, ASCII letters folded.
    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard bytes.count - start >= pattern.count else { return false }
        for offset in pattern.indices {
            let byte = bytes[start + offset]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded != pattern[offset] { return false }
        }
        return true
    }

    /// The first offset at which `pattern` occurs in `bytes`, or nil.
    static func firstIndex(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
            if pattern.indices.allSatisfy({ bytes[start + $0] == pattern[$0] }) { return start }
        }
        return nil
    }
}
