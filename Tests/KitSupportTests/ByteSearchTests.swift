import KitSupport
import Testing

@Suite struct ByteSearchTests {
    @Test func findsAByteSequenceAnywhere() {
        #expect(ByteSearch.contains("回答字数数量小于400", "字数数量"))
        #expect(ByteSearch.contains("字数数量", "字数数量"))
        #expect(ByteSearch.contains("abc", ""))
        #expect(!ByteSearch.contains("回答字数小于400", "字数数量"))
        #expect(!ByteSearch.contains("字数数", "字数数量"))
        #expect(!ByteSearch.contains("", "a"))
    }

    @Test func foldsASCIILettersOnly() {
        let units = ByteSearch.ASCIIWords(["word", "line"])
        #expect(units.occur(in: "At most 150 WORDS"))
        #expect(units.occur(in: "Five Lines."))
        #expect(units.occur(in: "wor word"))
        #expect(!units.occur(in: "wor d, lin e"))
        #expect(!units.occur(in: "W0rd"))
        #expect(!units.occur(in: "回答字数"))
        #expect(!units.occur(in: "wor"))
    }

    @Test func decodesScalarsFromUE000On() {
        let compatibility = { (value: UInt32) in (0xF900...0xFAFF).contains(value) || (0x2F800...0x2FA1F).contains(value) }
        #expect(ByteSearch.containsScalar(in: "字数数\u{F97E}", where: compatibility))
        #expect(ByteSearch.containsScalar(in: "a\u{2F800}", where: compatibility))
        #expect(!ByteSearch.containsScalar(in: "字数数量 \u{FFFD} \u{1F600} \u{E000}", where: compatibility))
        #expect(ByteSearch.containsScalar(in: "x\u{1F600}", where: { $0 == 0x1F600 }))
        // Below U+E000 nothing is tested, so 字 (U+5B57) is not seen.
        #expect(!ByteSearch.containsScalar(in: "字", where: { _ in true }))
    }
}
