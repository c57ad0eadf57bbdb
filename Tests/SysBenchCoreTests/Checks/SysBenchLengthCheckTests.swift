import Foundation
import KitSupport
import Testing
@testable import SysBenchCore

@Suite struct SysBenchLengthCheckTests {
    @Test func derivesFromTheWholeItem() {
        let lone = SysBenchLengthCheck.derive(from: "回答字数数量小于400")
        #expect(lone?.check == .count(.chars, CountBounds(lessThan: 400)))
        #expect(lone?.verify == .check)
        #expect(SysBenchLengthCheck.derive(from: " 回答的汉字字数数量大于200个字。")?.check == .count(.han, CountBounds(moreThan: 200)))
        #expect(SysBenchLengthCheck.derive(from: "输出总字数数量等于50字")?.check == .count(.chars, CountBounds(equals: 50)))
        #expect(SysBenchLengthCheck.derive(from: "字数数量300")?.check == .count(.chars, CountBounds(lessThan: 300)))
    }

    @Test func readsCompatibilityIdeographsAsTheirUnifiedForms() {
        // U+F97E is canonically 量: Swift compares Characters up to canonical equivalence,
        // so the quick byte test must not rule this text out.
        #expect(SysBenchLengthCheck.derive(from: "回答字数数\u{F97E}小于400")?.check == .count(.chars, CountBounds(lessThan: 400)))
    }

    @Test func keepsTheJudgeForTheRestOfTheText() {
        let mixed = SysBenchLengthCheck.derive(from: "回复为四段，文本字数数量小于300")
        #expect(mixed?.check == .count(.chars, CountBounds(lessThan: 300)))
        #expect(mixed?.verify == .both)
    }

    @Test func derivesNothingForPartsOfTheAnswerOrOtherWording() {
        for text in ["每个案例的字数数量小于100", "总结部分的字数数量小于50", "句子的字数数量小于20",
                     "告诉用户只能处理字数数量小于1000的文本", "回答字数数量小于123456", "回答字数少于400",
                     "回答字数数量小于400，回复字数数量大于100", "回答字数数量小于４００", ""] {
            #expect(SysBenchLengthCheck.derive(from: text) == nil, "\(text)")
        }
    }

    static let release = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/sysbench/system_benchmark_eval_datas.json").standardizedFileURL
    static let available = FileManager.default.fileExists(atPath: release.path)

    @Test(.enabled(if: available, "needs ../shared/sysbench"))
    func findsTheLengthItemsOfTheRealRelease() throws {
        let sessions = try JSONParser.parse(Array(try Data(contentsOf: Self.release)))
        guard case .array(let list) = sessions else { Issue.record("not an array"); return }
        var verifies: [Verify: Int] = [:]
        for session in list {
            guard case .object(let fields) = session,
                  case .object(let infos)? = fields.first(where: { $0.0 == "prompt_infos" })?.1 else { continue }
            for (_, info) in infos {
                guard case .object(let infoFields) = info,
                      case .object(let criteria)? = infoFields.first(where: { $0.0 == "criteria" })?.1 else { continue }
                for (_, criterion) in criteria {
                    guard case .object(let c) = criterion,
                          case .string(let text)? = c.first(where: { $0.0 == "criteria_content" })?.1 else { continue }
                    if let derived = SysBenchLengthCheck.derive(from: text) { verifies[derived.verify, default: 0] += 1 }
                }
            }
        }
        #expect(verifies[.check] == 56)
        #expect(verifies[.both] == 8)
    }
}
