import Foundation
import KitSupport
import SysBenchCore
import KitSupport
import Testing
@testable import SysBenchCalibrate

@Suite struct LabelStudioTasksTests {
    func tasks(showJudge: Bool) throws -> [JSONValue] {
        guard case .array(let tasks) = try JSONParser.parse(LabelStudioTasks.json(items: LabelSample.items, showJudge: showJudge))
        else { Issue.record("not an array"); return [] }
        return tasks
    }

    func field(_ value: JSONValue?, _ name: String) -> JSONValue? {
        guard case .object(let pairs)? = value else { return nil }
        return pairs.first { $0.0 == name }?.1
    }

    @Test func tasksCarryTheItemKeyAndTheTextsTheConfigShows() throws {
        let tasks = try tasks(showJudge: false)
        #expect(tasks.count == 4)
        let data = field(tasks[1], "data")
        #expect(field(data, "case") == .string("wuhan-travel"))
        #expect(field(data, "turn") == .int(2))
        #expect(field(data, "item") == .int(2))
        #expect(field(data, "type_label") == .string("content · 内容约束 · misaligned"))
        #expect(field(data, "history") == .string(
            "Turn 1 · user:\n武汉有什么好玩的地方？\n\nTurn 1 · assistant:\n你好，我是小楚！东湖绿道、首义广场和户部巷都值得一去。"))
        #expect(field(field(tasks[0], "data"), "history") == .string("(none: this is the first turn)"))
        // Every $name of the config is in every task's data, or Label Studio refuses the import.
        let names = LabelStudioConfig.xml.split(separator: "$").dropFirst().map { $0.prefix { $0.isLetter || $0 == "_" } }
        #expect(names.count == 7)
        for task in tasks {
            for name in names { #expect(field(field(task, "data"), String(name)) != nil, "missing \(name)") }
        }
    }

    @Test func theJudgeIsAPredictionOnlyWhenShown() throws {
        #expect(try tasks(showJudge: false).allSatisfy { field($0, "predictions") == nil })
        #expect(!LabelStudioTasks.json(items: LabelSample.items, showJudge: false).contains("部分是"))
        let shown = try tasks(showJudge: true)
        let choices = shown.map { task -> JSONValue? in
            guard case .array(let predictions)? = field(task, "predictions"), case .array(let result)? = field(predictions.first, "result")
            else { return nil }
            return field(field(result.first, "value"), "choices")
        }
        // 是, 否, 部分是 and a judge failure (no prediction).
        #expect(choices == [.array([.string("yes")]), .array([.string("no")]), .array([.string("not applicable")]), nil])
    }

    @Test func theConfigOffersTheThreeLabels() {
        for word in LabelStudioConfig.choices {
            #expect(LabelStudioConfig.xml.contains("<Choice value=\"\(word)\""))
        }
        #expect(LabelStudioConfig.xml.contains("name=\"\(LabelStudioConfig.controlName)\" toName=\"\(LabelStudioConfig.targetName)\""))
    }

    /// `scripts/labelstudio-try.sh` sets LABELSTUDIO_TRY_DIR to get the config and the
    /// tasks (with the judge's predictions) it imports into a real Label Studio.
    @Test func writesTheFilesForTheRealTry() throws {
        guard let folder = ProcessInfo.processInfo.environment["LABELSTUDIO_TRY_DIR"] else { return }
        try LabelStudioConfig.xml.write(toFile: folder + "/labelstudio.xml", atomically: true, encoding: .utf8)
        try LabelStudioTasks.json(items: LabelSample.items, showJudge: true)
            .write(toFile: folder + "/labelstudio.json", atomically: true, encoding: .utf8)
    }
}
