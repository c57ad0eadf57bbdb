import Testing
@testable import SysBenchCore

@Suite struct FinalVerdictTests {
    private let pass = CheckResult(passed: true, value: 3)
    private let fail = CheckResult(passed: false, value: 500)

    @Test func judgeKeepsTheJudgesVerdict() {
        #expect(FinalVerdict.decide(judge: "是", check: fail, verify: .judge) == "是")
        #expect(FinalVerdict.decide(judge: "否", check: pass, verify: .judge) == "否")
    }

    @Test func bothLetsAFailedCheckSayNo() {
        #expect(FinalVerdict.decide(judge: "是", check: fail, verify: .both) == "否")
        #expect(FinalVerdict.decide(judge: "是", check: pass, verify: .both) == "是")
        #expect(FinalVerdict.decide(judge: "否", check: pass, verify: .both) == "否")
        #expect(FinalVerdict.decide(judge: "不适用", check: pass, verify: .both) == "不适用")
        #expect(FinalVerdict.decide(judge: "不适用", check: fail, verify: .both) == "否")
    }

    @Test func checkDecidesAlone() {
        #expect(FinalVerdict.decide(judge: "否", check: pass, verify: .check) == "是")
        #expect(FinalVerdict.decide(judge: "是", check: fail, verify: .check) == "否")
        #expect(FinalVerdict.decide(judge: "无法判断", check: pass, verify: .check) == "是")
    }

    @Test func withoutACheckTheJudgeDecides() {
        #expect(FinalVerdict.decide(judge: "部分是", check: nil, verify: .check) == "部分是")
        #expect(Verify.defaultValue(hasCheck: true) == .both)
        #expect(Verify.defaultValue(hasCheck: false) == .judge)
    }
}
