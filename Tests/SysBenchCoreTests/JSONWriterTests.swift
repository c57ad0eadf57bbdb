import Testing
import SysBenchCore

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
}
