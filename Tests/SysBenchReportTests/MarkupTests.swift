import Testing
@testable import SysBenchReport

@Suite struct MarkupTests {
    @Test func escapesTheFiveXMLCharacters() {
        #expect(Markup.escape(#"<a href="x">Tom & 'Jerry'</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test func keepsCJKAndNewlinesAndReplacesControlCharacters() {
        #expect(Markup.escape("是否\n不适用\t") == "是否\n不适用\t")
        #expect(Markup.escape("a\u{1}b") == "a\u{FFFD}b")
    }

    @Test func numbersHaveAtMostOneDecimal() {
        #expect(Markup.number(12) == "12")
        #expect(Markup.number(12.04) == "12")
        #expect(Markup.number(12.25) == "12.3")
        #expect(Markup.number(-3.5) == "-3.5")
        #expect(Markup.number(.nan) == "0")
    }

    @Test func excerptCountsWhatItLeavesOut() {
        #expect(Markup.excerpt("武汉热干面", limit: 2) == ("武汉", 3))
        #expect(Markup.excerpt("short", limit: 10) == ("short", 0))
    }
}
