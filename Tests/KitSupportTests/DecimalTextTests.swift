import Testing
@testable import KitSupport

@Suite struct DecimalTextTests {
    @Test func floatNoiseIsWrittenAsTheShortDecimal() {
        // 0.5444 - 1e-16 style noise: the double just below 0.5444.
        let noisy = 0.5444.nextDown
        #expect("\(noisy)" == "0.5443999999999999")
        #expect(DecimalText.shortest(noisy) == "0.5444")
        #expect(DecimalText.shortest(0.1 + 0.2) == "0.3")
        #expect(JSONWriter.format(noisy) == "0.5444")
        #expect(JSONValue.array([.double(noisy)]).compactText == "[0.5444]")
    }

    @Test func valuesThatNeedTheirDigitsKeepThem() {
        #expect(DecimalText.shortest(1.0 / 3.0) == "0.3333333333333333")
        #expect(DecimalText.shortest(0.87079) == "0.87079")
        #expect(DecimalText.shortest(-0.255) == "-0.255")
        #expect(DecimalText.shortest(2) == "2.0")
        #expect(DecimalText.shortest(1e-7) == "1e-07")
        #expect(DecimalText.shortest(.nan) == nil)
        #expect(JSONWriter.format(.infinity) == "null")
    }
}
