/// Finds bytes that are not UTF-8, or NUL bytes, and says where they are.
///
/// libyaml reports such problems as a byte offset only; this check runs first so the
/// error names a line and column.
enum EncodingCheck {
    static func firstProblem(in bytes: [UInt8]) -> YAMLError? {
        bytes.withUnsafeBufferPointer { buffer -> YAMLError? in
            var index = 0
            let count = buffer.count
            let raw = UnsafeRawBufferPointer(buffer)
            while index < count {
                // Eight ASCII bytes at a time, none of them NUL: the common case in YAML.
                if index + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let high: UInt64 = 0x8080_8080_8080_8080
                    let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & high
                    if word & high == 0, hasZero == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte == 0 {
                        return YAMLError(.encoding, "NUL byte: this looks like a binary file, not YAML text", at: mark(ofByte: index, in: buffer))
                    }
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length == 0 {
                    let hex = String(byte, radix: 16, uppercase: true)
                    return YAMLError(.encoding, "invalid UTF-8 (byte 0x\(hex)): save the file as UTF-8", at: mark(ofByte: index, in: buffer))
                }
                index += length
            }
            return nil
        }
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 if it is not one.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return 0
        }
        return length
    }

    /// The line and column (in characters) of the byte at `offset`.
    static func mark(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        var index = 0
        let stop = min(offset, bytes.count)
        while index < stop {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return Mark(line: line, column: column)
    }
}
