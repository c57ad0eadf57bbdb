/// Decides whether text is exactly one JSON value as RFC 8259's grammar defines it:
/// white space only of space, tab, LF and CR; numbers without leading zeros, `+`, a bare
/// `.` or an empty exponent; strings without raw control characters and with only the
/// eight escapes and `\uXXXX`; `true`, `false`, `null` in lower case.
///
/// It validates without building values and keeps its nesting on a heap stack, so deep
/// input costs memory in proportion to its size and cannot overflow the call stack.
/// (The project's `JSONParser` is lenient about numbers, so it is not used here.)
public enum StrictJSON {
    /// Whether `text` is one JSON value, with optional surrounding white space.
    public static func isValid(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { validate($0) }
    }

    /// Whether `text` is one JSON value, with optional surrounding white space.
    public static func isValid(_ text: String) -> Bool {
        isValid(Substring(text))
    }

    private enum Container { case array, object }

    private static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var stack: [Container] = []

        func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
                index += 1
            }
        }
        func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        func isHex(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
        func string() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return true
                case 0x00..<0x20: return false
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return false }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                         UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        continue
                    case UInt8(ascii: "u"):
                        guard index + 4 <= bytes.count, (index..<index + 4).allSatisfy({ isHex(bytes[$0]) }) else { return false }
                        index += 4
                    default:
                        return false
                    }
                default:
                    continue
                }
            }
            return false
        }
        func number() -> Bool {
            _ = take(UInt8(ascii: "-"))
            if take(UInt8(ascii: "0")) {
                // No leading zeros: a 0 stands alone before the fraction or exponent.
            } else if isDigit(index), bytes[index] != UInt8(ascii: "0") {
                while isDigit(index) { index += 1 }
            } else {
                return false
            }
            if take(UInt8(ascii: ".")) {
                guard isDigit(index) else { return false }
                while isDigit(index) { index += 1 }
            }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                guard isDigit(index) else { return false }
                while isDigit(index) { index += 1 }
            }
            return true
        }
        func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count,
                  (0..<count).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] })
            else { return false }
            index += count
            return true
        }

        skipSpace()
        var needValue = true
        while true {
            if needValue {
                guard index < bytes.count else { return false }
                switch bytes[index] {
                case UInt8(ascii: "{"):
                    index += 1
                    skipSpace()
                    if take(UInt8(ascii: "}")) { break }
                    stack.append(.object)
                    guard string() else { return false }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipSpace()
                    continue
                case UInt8(ascii: "["):
                    index += 1
                    skipSpace()
                    if take(UInt8(ascii: "]")) { break }
                    stack.append(.array)
                    continue
                case UInt8(ascii: "\""):
                    guard string() else { return false }
                case UInt8(ascii: "t"):
                    guard literal("true") else { return false }
                case UInt8(ascii: "f"):
                    guard literal("false") else { return false }
                case UInt8(ascii: "n"):
                    guard literal("null") else { return false }
                default:
                    guard number() else { return false }
                }
                needValue = false
            }
            // A value just ended: close containers or move to the next member.
            skipSpace()
            guard let top = stack.last else { return index == bytes.count }
            if take(UInt8(ascii: ",")) {
                skipSpace()
                if top == .object {
                    guard string() else { return false }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipSpace()
                }
                needValue = true
            } else if take(top == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                stack.removeLast()
            } else {
                return false
            }
        }
    }
}
