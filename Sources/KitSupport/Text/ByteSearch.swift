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

    /// Whether `text` holds a scalar from U+E000 on for which `test` holds (given its
    /// value); scalars below U+E000 are passed over by their lead byte alone, untested.
    public static func containsScalar(in text: String, where test: (UInt32) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // Lead bytes: 0xEE and 0xEF start U+E000...U+FFFF, 0xF0 and above four-byte scalars.
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                guard lead >= 0xEE else {
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : 3
                guard index + length <= bytes.count else { return false }
                var value = UInt32(lead & (length == 4 ? 0x07 : 0x0F))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                if test(value) { return true }
                index += length
            }
            return false
        }
    }

    /// Lower-case ASCII words to look for in texts with ASCII letters compared
    /// case-insensitively (non-ASCII bytes only match themselves). Made once, used often.
    public struct ASCIIWords: Sendable {
        private let patterns: [[UInt8]]
        /// Which bytes can start a match: one look-up passes over every other byte.
        private let starts: [Bool]

        /// The words to look for, each non-empty and lower-case ASCII.
        public init(_ words: [String]) {
            patterns = words.map { Array($0.utf8) }
            var starts = [Bool](repeating: false, count: 256)
            for first in patterns.compactMap(\.first) {
                starts[Int(first)] = true
                if first >= 0x61 && first <= 0x7A { starts[Int(first - 0x20)] = true }
            }
            self.starts = starts
        }

        /// Whether any of the words occurs in `text`.
        public func occur(in text: String) -> Bool {
            var text = text
            return text.withUTF8 { bytes in
                for start in bytes.indices where starts[Int(bytes[start])] {
                    if patterns.contains(where: { ByteSearch.matches($0, in: bytes, at: start) }) { return true }
                }
                return false
            }
        }
    }

    /// Whether `pattern` (lower-case ASCII) occurs at `start`, ASCII letters folded.
    fileprivate static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
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
