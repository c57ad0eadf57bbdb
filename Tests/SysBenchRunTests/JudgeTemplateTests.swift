import Foundation
import SysBenchCore
import Testing
@testable import SysBenchRun

@Suite struct JudgeTemplateTests {
    /// Rebuilds SysBench's 50 reference judge prompts from gpt4o's run with the shipped
    /// SysBench template: history is 1-based, the model's own answers.
    @Test func reproducesSysBenchPromptsByteForByte() throws {
        let verifier = Fixtures.shared.appendingPathComponent("sysbench/verifier")
        let template = try JudgeTemplate.load(path: verifier.appendingPathComponent("sysbench-zh.mustache").path)
        let runData = try Data(contentsOf: Fixtures.shared.appendingPathComponent("sysbench/runs/gpt4o_eval.json"))
        let sessions = try #require(try JSONSerialization.jsonObject(with: runData) as? [[String: Any]])
        let bySystem = Dictionary(sessions.compactMap { s in (s["system_id"] as? Int).map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
        let expected = try String(contentsOf: verifier.appendingPathComponent("expected-gpt4o.jsonl"), encoding: .utf8)
        var checked = 0
        for line in expected.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let systemID = try #require(object["system_id"] as? Int)
            let turn = try #require(object["turn"] as? Int)
            let session = try #require(bySystem[systemID])
            let context = try sysbenchContext(session, turn: turn)
            let rendered = template.render(context)
            let prompt = try #require(object["prompt"] as? String)
            #expect(rendered == prompt, "system_id \(systemID) turn \(turn)")
            checked += 1
        }
        #expect(checked == 50)
    }

    private func sysbenchContext(_ session: [String: Any], turn: Int) throws -> JudgeContext {
        let infer = try #require(session["infer_results"] as? [[String: String]])
        let users = infer.filter { $0["role"] == "user" }.compactMap { $0["content"] }
        let answers = infer.filter { $0["role"] == "assistant" }.compactMap { $0["content"] }
        let system = try #require(infer.first { $0["role"] == "system" }?["content"])
        let infos = try #require(session["prompt_infos"] as? [String: [String: Any]])
        let user = users[turn - 1]
        let criteria = try #require(infos[user]?["criteria"] as? [String: [String: Any]])
        let items = try criteria.keys.sorted { Int($0) ?? 0 < Int($1) ?? 0 }.map { key in
            let item = try #require(criteria[key])
            let label = try #require(item["criteria_type"] as? String)
            return JudgeContext.Item(
                id: try #require(item["criteria_id"] as? Int), text: try #require(item["criteria_content"] as? String),
                type: try #require(ConstraintType(label: label)))
        }
        let history = (0..<(turn - 1)).map { JudgeContext.HistoryTurn(index: $0 + 1, user: users[$0], assistant: answers[$0]) }
        return JudgeContext(system: system, history: history, user: user, response: answers[turn - 1], checklist: items)
    }

    @Test func builtinTemplatesFollowTheCaseLanguage() throws {
        let templates = try JudgeTemplates.builtin()
        let context = JudgeContext(
            system: "Be <brief> & kind.", history: [.init(index: 1, user: "Hi", assistant: "Hello")], user: "Bye?",
            response: "Bye & take care", checklist: [.init(id: 1, text: "Says goodbye", type: .action)])
        let english = templates.template(forLanguage: nil).render(context)
        #expect(english.contains("<system_message>\nBe <brief> & kind.\n</system_message>"))
        #expect(english.contains("<turn 1>\nUser: Hi\nAssistant: Hello\n</turn 1>"))
        #expect(english.contains("<checklist>\n1. [action] Says goodbye\n</checklist>"))
        let chinese = templates.template(forLanguage: "zh-CN").render(context)
        #expect(chinese.contains("1. [动作约束] Says goodbye"))
        #expect(chinese.contains("<第1轮>\n用户：Hi\n助手：Hello\n</第1轮>"))
        #expect(templates.template(forLanguage: "en").name == "builtin:en")
    }

    @Test func aBrokenTemplateIsAClearError() {
        #expect(throws: RunError.self) { try JudgeTemplate(name: "t.mustache", text: "{{#open}} never closed") }
    }
}
