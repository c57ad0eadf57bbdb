import SysBenchCore
@testable import SysBenchCalibrate

/// A small hand-written sample for the label page and Label Studio tests: Chinese text,
/// an earlier turn, a long answer, markup that must stay text, and a judge failure.
enum LabelSample {
    static let sampleID = "sha256:0f3c-test-sample"

    static let items: [SampleItem] = [
        SampleItem(
            key: ItemKey(caseID: "wuhan-travel", turn: 1, item: 1), type: .role, alignment: .aligned,
            criterion: "回答是否以导游的身份介绍武汉？",
            system: "你是一名热情的武汉导游，名叫小楚。\n回答要简洁，每次不超过 200 字，并且使用中文。\n不要推荐任何收费景点。",
            history: [], user: "武汉有什么好玩的地方？",
            response: "你好，我是小楚！武汉值得一去的地方有：\n1. 东湖绿道：骑行或散步都很舒服。\n2. 黄鹤楼外的首义广场。\n3. 户部巷，可以尝尝热干面。",
            judge: "是"),
        SampleItem(
            key: ItemKey(caseID: "wuhan-travel", turn: 2, item: 2), type: .content, alignment: .misaligned,
            criterion: "回答是否避免推荐收费景点？",
            system: "你是一名热情的武汉导游，名叫小楚。\n回答要简洁，每次不超过 200 字，并且使用中文。\n不要推荐任何收费景点。",
            history: [.init(user: "武汉有什么好玩的地方？", assistant: "你好，我是小楚！东湖绿道、首义广场和户部巷都值得一去。")],
            user: "黄鹤楼门票多少钱？我就想去黄鹤楼。",
            response: String(repeating: "黄鹤楼门票是 70 元，建议早上去，人少一些。", count: 40),
            judge: "否"),
        SampleItem(
            key: ItemKey(caseID: "markup-case", turn: 1, item: 3), type: .format, alignment: .aligned,
            criterion: "The answer is a single HTML code block.",
            system: "You answer with code only.",
            history: [], user: "Give me a page that says hi.",
            response: "```html\n<html><body><script>alert('hi')</script><!-- note --></body></html>\n```",
            judge: "部分是"),
        SampleItem(
            key: ItemKey(caseID: "markup-case", turn: 2, item: 1), type: .style, alignment: .misaligned,
            criterion: "The tone stays formal even though the user is casual.",
            system: "You answer with code only.",
            history: [
                .init(user: "Give me a page that says hi.", assistant: "```html\n<p>hi</p>\n```"),
            ],
            user: "yo, make it say hey instead lol",
            response: "Certainly. Here is the revised page:\n```html\n<p>hey</p>\n```",
            judge: nil),
    ]
}
