import Foundation
import KitSupport
import SysBenchCore

/// `label.html`: one self-contained offline page on which a person labels a sample.
///
/// The page needs no network and no other file: style, script and the sample itself are
/// inline, and a Content-Security-Policy forbids every fetch. It shows one item at a time,
/// takes yes / no / not applicable by keyboard (y, n, a; j / k or arrows to move) or mouse,
/// keeps the labels in the browser's localStorage under the sample id, and exports a
/// `labels.json` that ``LabelsFile`` reads.
public enum LabelPage {
    /// The page for `items`, in the order given.
    ///
    /// - Parameters:
    ///   - sampleID: names the sample in the export and keys the saved progress (the
    ///     sample's sha256 is a good choice: two samples never share progress).
    ///   - showJudge: whether to show the judge's verdict; without it the verdict is not
    ///     even in the page's source.
    public static func html(items: [SampleItem], sampleID: String, showJudge: Bool) -> String {
        var page = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <title>Label · sysbench-kit</title>
            <style>
            """
        page += style
        page += "</style>\n</head>\n<body>\n"
        page += body
        page += "<script type=\"application/json\" id=\"sample-data\">"
        page += dataJSON(items: items, sampleID: sampleID, showJudge: showJudge)
        page += "</script>\n<script>\n"
        page += script
        page += "</script>\n</body>\n</html>\n"
        return page
    }

    /// The sample as the page's script reads it, safe to put inside a `<script>` element:
    /// every `<` is written `\u003c`, so no text in an answer can close the element.
    static func dataJSON(items: [SampleItem], sampleID: String, showJudge: Bool) -> String {
        let value = JSONValue.object([
            ("format", .string(LabelsFile.format)),
            ("version", .int(LabelsFile.version)),
            ("sample", .string(sampleID)),
            ("show_judge", .bool(showJudge)),
            ("items", .array(items.map { itemJSON($0, showJudge: showJudge) })),
        ])
        // `<` appears only inside JSON strings, where `\u003c` means the same character.
        return JSONWriter.write(value).replacingOccurrences(of: "<", with: "\\u003c")
    }

    private static func itemJSON(_ item: SampleItem, showJudge: Bool) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("case", .string(item.key.caseID)),
            ("turn", .int(item.key.turn)),
            ("item", .int(item.key.item)),
            ("type", .string(item.type.rawValue)),
            ("type_zh", .string(item.type.zhLabel)),
            ("alignment", .string(item.alignment.rawValue)),
            ("criterion", .string(item.criterion)),
            ("system", .string(item.system)),
            ("history", .array(item.history.map {
                .object([("user", .string($0.user)), ("assistant", .string($0.assistant))])
            })),
            ("user", .string(item.user)),
            ("response", .string(item.response)),
        ]
        if showJudge {
            fields.append(("judge", item.judge.map(JSONValue.string) ?? .null))
        }
        return .object(fields)
    }
}
