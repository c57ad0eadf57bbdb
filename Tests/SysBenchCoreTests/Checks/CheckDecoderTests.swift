import Testing
@testable import SysBenchCore
import YAMLSource

@Suite struct CheckDecoderTests {
    private func decode(_ yaml: String) throws -> (check: Check?, problems: [String]) {
        let root = try YAMLParser.parse(Array("check: \(yaml)\n".utf8))
        let node = try #require(root["check"])
        let result = CheckDecoder.decode(node)
        return (result.check, result.problems.map(\.message))
    }

    @Test func readsEveryKind() throws {
        #expect(try decode("{count: chars, less_than: 400}").check == .count(.chars, CountBounds(lessThan: 400)))
        #expect(try decode("{count: words, at_least: 10, at_most: 20}").check == .count(.words, CountBounds(atMost: 20, atLeast: 10)))
        #expect(try decode("{contains: [热干面, \"yes\"]}").check == .contains(["热干面", "yes"]))
        #expect(try decode("{contains_any: [a]}").check == .containsAny(["a"]))
        #expect(try decode("{excludes: [no]}").check == .excludes(["no"]))
        #expect(try decode("{starts_with: 您好}").check == .startsWith("您好"))
        #expect(try decode("{ends_with: \"?\"}").check == .endsWith("?"))
        #expect(try decode("{matches: '\\d+'}").check == .matches("\\d+"))
        #expect(try decode("{json: true}").check == .json)
    }

    @Test func reportsEveryDeparture() throws {
        let cases: [(String, String)] = [
            ("{cuont: chars}", "unknown check kind 'cuont'; did you mean 'count'?"),
            ("{contains: [a], excludes: [b]}", "a check holds exactly one kind; this one has 'contains' and 'excludes'"),
            ("{count: chars, less_than: -1}", "'less_than' should be a non-negative integer, found '-1'"),
            ("{count: chars, less_than: '4'}", "'less_than' should be a non-negative integer, found quoted '4'"),
            ("{count: chars, at_least: 1.5}", "'at_least' should be a non-negative integer, found '1.5'"),
            ("{count: chars, more_than: 10, less_than: 5}", "the lower bound is above the upper: no count satisfies more_than 10 and less_than 5"),
            ("{count: chars, equals: 3, at_most: 4}", "'equals' stands alone; it cannot go with 'at_most'"),
            ("{count: chars, at_least: 3, more_than: 4}", "'more_than' and 'at_least' are both lower bounds; give one"),
            ("{count: letters, equals: 3}", "unknown count unit 'letters' (units: chars, han, words, lines, paragraphs, bullets)"),
            ("{count: chars}", "'count' needs a bound: less_than, at_most, more_than, at_least or equals"),
            ("{contains: []}", "'contains' lists nothing; give at least one text"),
            ("{excludes: [\"\"]}", "an item of 'excludes' is empty; an empty text occurs in every answer"),
            ("{contains: abc}", "'contains' should be a list of text, such as [\"a\", \"b\"], found 'abc'"),
            ("{starts_with: \"\"}", "'starts_with' is empty"),
            ("{matches: \"(\"}", "the regular expression does not compile"),
            ("{json: false}", "'json' takes only true"),
            ("{}", "the check names no kind; give one of count, contains, contains_any, excludes, starts_with, ends_with, matches, json"),
            ("[count]", "'check' should be a mapping holding one kind (count, contains, contains_any, excludes, starts_with, ends_with, matches, json), found a sequence"),
            ("{contains: [a], less_than: 3}", "'less_than' is a bound of 'count' checks, not of 'contains'"),
        ]
        for (yaml, message) in cases {
            let result = try decode(yaml)
            #expect(result.check == nil, "\(yaml)")
            #expect(result.problems == [message], "\(yaml)")
        }
    }

    @Test func pointsAtTheOffendingNode() throws {
        let root = try YAMLParser.parse(Array("check: {count: chars, less_than: x}\n".utf8))
        let problems = CheckDecoder.decode(try #require(root["check"])).problems
        #expect(problems.map(\.mark.column) == [34])
    }

    @Test func refusesNestedRepetition() throws {
        #expect(try decode("{matches: '(a+)+$'}").problems.first?.hasPrefix("the regular expression repeats a group") == true)
        #expect(try decode("{matches: '(\\w+\\s?)*x'}").check == nil)
        #expect(try decode("{matches: '(ab)+c*'}").check == .matches("(ab)+c*"))
        #expect(try decode("{matches: '([a-z]{2,3})+'}").check == .matches("([a-z]{2,3})+"))
    }

    @Test func readsVerify() {
        let mark = Mark(line: 1, column: 9)
        #expect(CheckDecoder.verify(Located("check", start: mark, end: mark)).verify == .check)
        let wrong = CheckDecoder.verify(Located("judg", start: mark, end: mark))
        #expect(wrong.verify == nil)
        #expect(wrong.problem?.message == "unknown verify 'judg'; did you mean 'judge'?")
    }
}
