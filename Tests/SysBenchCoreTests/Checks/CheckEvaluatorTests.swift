import Testing
@testable import SysBenchCore

@Suite struct CheckEvaluatorTests {
    @Test func countReportsTheValueAndEveryBound() {
        // 回答不超过十个字。 = 9 scalars.
        let answer = "回答不超过十个字。"
        #expect(Check.count(.chars, CountBounds(lessThan: 10)).evaluate(answer) == CheckResult(passed: true, value: 9))
        #expect(Check.count(.chars, CountBounds(lessThan: 9)).evaluate(answer) == CheckResult(passed: false, value: 9))
        #expect(Check.count(.chars, CountBounds(atMost: 9)).evaluate(answer).passed)
        #expect(!Check.count(.chars, CountBounds(moreThan: 9)).evaluate(answer).passed)
        #expect(Check.count(.chars, CountBounds(atLeast: 9)).evaluate(answer).passed)
        #expect(Check.count(.chars, CountBounds(equals: 9)).evaluate(answer).passed)
        #expect(Check.count(.han, CountBounds(equals: 8)).evaluate(answer) == CheckResult(passed: true, value: 8))
        #expect(Check.count(.chars, CountBounds(lessThan: 12, moreThan: 8)).evaluate(answer).passed)
        #expect(!Check.count(.chars, CountBounds(lessThan: 12, moreThan: 9)).evaluate(answer).passed)
        #expect(Check.count(.words, CountBounds(equals: 0)).evaluate("") == CheckResult(passed: true, value: 0))
        #expect(Check.count(.bullets, CountBounds(equals: 3)).evaluate("Intro\r\n- a\r\n- b\r\n- c\r\n") == CheckResult(passed: true, value: 3))
        #expect(Check.count(.paragraphs, CountBounds(atMost: 1)).evaluate("a\n\nb") == CheckResult(passed: false, value: 2))
        #expect(Check.count(.lines, CountBounds(atLeast: 2)).evaluate("a\nb") == CheckResult(passed: true, value: 2))
    }

    @Test func containsKindsCompareScalarByScalar() {
        let answer = "推荐热干面和豆皮。Cafe\u{301}"
        #expect(Check.contains(["热干面", "豆皮"]).evaluate(answer) == CheckResult(passed: true))
        #expect(!Check.contains(["热干面", "烧烤"]).evaluate(answer).passed)
        #expect(Check.containsAny(["烧烤", "豆皮"]).evaluate(answer).passed)
        #expect(!Check.containsAny(["烧烤", "火锅"]).evaluate(answer).passed)
        #expect(Check.excludes(["烧烤"]).evaluate(answer).passed)
        #expect(!Check.excludes(["烧烤", "豆皮"]).evaluate(answer).passed)
        // Case-sensitive, and no normalisation: precomposed é does not match e + U+0301.
        #expect(!Check.contains(["cafe"]).evaluate(answer).passed)
        #expect(!Check.contains(["Café"]).evaluate(answer).passed)
        #expect(Check.contains(["Cafe\u{301}"]).evaluate(answer).passed)
        // A needle that starts in the middle of a grapheme cluster still counts.
        #expect(Check.contains(["\u{301}"]).evaluate(answer).passed)
        #expect(!Check.contains(["a"]).evaluate("").passed)
        #expect(Check.excludes(["a"]).evaluate("").passed)
    }

    @Test func startsAndEndsWithReadTheTrimmedAnswer() {
        let answer = "\u{3000}\r\n 您好！有什么可以帮您？\n\n"
        #expect(Check.startsWith("您好").evaluate(answer).passed)
        #expect(Check.endsWith("帮您？").evaluate(answer).passed)
        #expect(!Check.startsWith("好").evaluate(answer).passed)
        #expect(!Check.endsWith("\n").evaluate(answer).passed)
        #expect(!Check.startsWith("x").evaluate("").passed)
        #expect(Check.endsWith("b\r\nc").evaluate("a\r\nb\r\nc\r\n").passed)
    }

    @Test func matchesFindsAPatternAnywhere() {
        #expect(Check.matches("[0-9]{3}-[0-9]{4}").evaluate("Call 555-1234 now").passed)
        #expect(!Check.matches("^Call$").evaluate("Call 555").passed)
        #expect(Check.matches("价格.{0,3}元").evaluate("价格是12元").passed)
        #expect(!Check.matches("(?i)NOW").evaluate("").passed)
        // A pattern that does not compile fails rather than crash.
        #expect(!Check.matches("(").evaluate("(").passed)
        #expect(Check.matches("x").evaluate("x").value == nil)
    }

    @Test func jsonRemovesOneEnclosingFence() {
        #expect(Check.json.evaluate(" {\"a\": 1}\n").passed)
        #expect(Check.json.evaluate("```json\n{\"a\": [1, 2]}\n```").passed)
        #expect(Check.json.evaluate("\n```\r\n[1]\r\n```\r\n").passed)
        #expect(Check.json.evaluate("```json\n\"你好\"\n```").passed)
        // Only one fence, only ``` or ```json, and text outside it fails.
        #expect(!Check.json.evaluate("```python\n{}\n```").passed)
        #expect(!Check.json.evaluate("Here it is:\n```json\n{}\n```").passed)
        #expect(!Check.json.evaluate("```\n```json\n{}\n```\n```").passed)
        #expect(!Check.json.evaluate("```json\n```").passed)
        #expect(!Check.json.evaluate("").passed)
        #expect(!Check.json.evaluate("{'a': 1}").passed)
    }

    @Test func anEvaluatorIsMadeOnceAndReused() throws {
        let evaluator = try CheckEvaluator(.matches("\\d+"))
        #expect(evaluator.evaluate("a1").passed)
        #expect(!evaluator.evaluate("ab").passed)
        #expect(throws: CheckRegexError.self) { try CheckEvaluator(.matches("[a-")) }
    }
}
