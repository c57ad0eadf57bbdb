import Testing
import KitSupport

@Suite struct JSONWriterTests {
    @Test func keepsKeyOrderAndEscapesOnlyWhatItMust() {
        let value = JSONValue.object([
            ("z", .int(1)), ("a", .array([.null, .bool(true), .number(0.8708)])),
            ("s", .string("是 \"q\" \\ \n\u{01}")),
        ])
        #expect(JSONWriter.write(value) == #"{"z":1,"a":[null,true,0.8708],"s":"是 \"q\" \\ \n\u0001"}"#)
    }

    @Test func nonFiniteNumbersAreNull() {
        #expect(JSONWriter.write(.array([.number(.nan), .number(.infinity), .number(nil)])) == "[null,null,null]")
    }

    @Test func prettyPrints() {
        let value = JSONValue.object([("a", .array([.int(1)])), ("b", .object([])), ("c", .array([]))])
        #expect(JSONWriter.write(value, indent: 2) == "{\n  \"a\": [\n    1\n  ],\n  \"b\": {},\n  \"c\": []\n}")
    }

    @Test func fullPrecisionNumbers() {
        #expect(JSONWriter.write(.number(0.868421052631579)) == "0.868421052631579")
        #expect(JSONWriter.write(.number(1)) == "1.0")
    }

    /// The writer scans eight bytes at a time; a character that needs escaping must be
    /// found at every offset, next to ASCII and to multi-byte text alike.
    @Test func escapesAreFoundAtEveryOffset() {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{8}": out += "\\b"
                case "\u{C}": out += "\\f"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        for filler in ["abcdefghijklmnopqrstuvwxyz", "武汉热干面好吃吗真的很好吃", "\u{7F}\u{80}é~ !#"] {
            for special in ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{1}"] {
                for offset in 0...filler.count {
                    let text = String(filler.prefix(offset)) + special + String(filler.dropFirst(offset))
                    var bytes: [UInt8] = []
                    JSONWriter.writeString(text, into: &bytes)
                    #expect(String(decoding: bytes, as: UTF8.self) == reference(text))
                }
            }
        }
    }
}
