import Foundation
import KitSupport
import SysBenchCore
import KitSupport
import Testing
@testable import SysBenchCalibrate

@Suite struct LabelPageTests {
    let page = LabelPage.html(items: LabelSample.items, sampleID: LabelSample.sampleID, showJudge: false)

    /// The JSON inside `<script id="sample-data">`, parsed.
    func embeddedData(_ page: String) throws -> JSONValue {
        let open = "<script type=\"application/json\" id=\"sample-data\">"
        let start = try #require(page.range(of: open))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        return try JSONParser.parse(String(page[start.upperBound..<end.lowerBound]))
    }

    func field(_ value: JSONValue, _ name: String) -> JSONValue? {
        guard case .object(let pairs) = value else { return nil }
        return pairs.first { $0.0 == name }?.1
    }

    @Test func needsNoNetworkAndNoOtherFile() {
        #expect(!page.contains("http://"))
        #expect(!page.contains("https://"))
        #expect(!page.contains(" src="))
        #expect(!page.contains("<link"))
        #expect(!page.contains("@import"))
        #expect(page.contains("default-src 'none'"))
    }

    @Test func answersCannotCloseTheDataElement() throws {
        // Two scripts: the data and the code. The answer's own </script> is escaped.
        #expect(page.components(separatedBy: "</script>").count == 3)
        #expect(page.components(separatedBy: "<!--").count == 1)
        let data = try embeddedData(page)
        guard case .array(let items)? = field(data, "items") else { Issue.record("no items"); return }
        #expect(items.count == 4)
        #expect(field(items[2], "response") == .string(LabelSample.items[2].response))
        #expect(field(items[0], "criterion") == .string("回答是否以导游的身份介绍武汉？"))
        #expect(field(items[1], "type_zh") == .string("内容约束"))
        #expect(field(data, "sample") == .string(LabelSample.sampleID))
    }

    @Test func keepsTheJudgeOutUnlessAsked() throws {
        guard case .array(let hidden)? = field(try embeddedData(page), "items") else { Issue.record("no items"); return }
        #expect(hidden.allSatisfy { field($0, "judge") == nil })
        #expect(!page.contains("部分是"))

        let shown = LabelPage.html(items: LabelSample.items, sampleID: LabelSample.sampleID, showJudge: true)
        guard case .array(let items)? = field(try embeddedData(shown), "items") else { Issue.record("no items"); return }
        #expect(items.map { field($0, "judge") } == [.string("是"), .string("否"), .string("部分是"), .null])
        #expect(field(try embeddedData(shown), "show_judge") == .bool(true))
    }

    @Test func theSameSampleGivesTheSameBytes() {
        #expect(page == LabelPage.html(items: LabelSample.items, sampleID: LabelSample.sampleID, showJudge: false))
    }

    /// `scripts/label-check.sh` sets LABEL_CHECK_DIR to get the page it drives in Chromium.
    @Test func writesThePageForTheBrowserCheck() throws {
        guard let folder = ProcessInfo.processInfo.environment["LABEL_CHECK_DIR"] else { return }
        try page.write(toFile: folder + "/label.html", atomically: true, encoding: .utf8)
        try JSONValue.string(LabelSample.sampleID).compactText
            .write(toFile: folder + "/sample-id.txt", atomically: true, encoding: .utf8)
    }
}
