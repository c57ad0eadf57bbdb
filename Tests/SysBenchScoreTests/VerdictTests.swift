import Testing
@testable import SysBenchScore

@Suite struct VerdictTests {
    @Test(arguments: ["是", "yes", "YES", " Yes\n", "true", "True", "pass", "PASS"])
    func yes(raw: String) {
        #expect(Verdict(raw: raw) == .yes)
    }

    @Test(arguments: ["否", "no", "No", "\tfalse ", "FALSE", "fail", "Fail"])
    func no(raw: String) {
        #expect(Verdict(raw: raw) == .no)
    }

    @Test(arguments: ["不适用", "无法判断", "部分是", "部分", "忽略", "无法评判", "", "yes!", "是的"])
    func otherKeepsTheRawText(raw: String) {
        #expect(Verdict(raw: raw) == .other(raw))
        #expect(Verdict(raw: raw).isOther)
    }

    @Test func booleans() {
        #expect(Verdict(bool: true) == .yes)
        #expect(Verdict(bool: false) == .no)
    }
}
