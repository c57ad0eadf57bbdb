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
        let units = ["word", "line"]
        #expect(ByteSearch.containsASCIICaseInsensitive("At most 150 WORDS", anyOf: units))
        #expect(ByteSearch.containsASCIICaseInsensitive("Five Lines.", anyOf: units))
        #expect(ByteSearch.containsASCIICaseInsensitive("wor word", anyOf: units))
        #expect(!ByteSearch.containsASCIICaseInsensitive("wor d, lin e", anyOf: units))
        #expect(!ByteSearch.containsASCIICaseInsensitive("W0rd", anyOf: units))
        #expect(!ByteSearch.containsASCIICaseInsensitive("回答字数", anyOf: units))
        #expect(!ByteSearch.containsASCIICaseInsensitive("wor", anyOf: units))
    }
}
