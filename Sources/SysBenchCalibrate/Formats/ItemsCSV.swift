import KitSupport
import Foundation

/// `items.csv`: one row an item for people who label in a spreadsheet.
///
/// UTF-8, RFC 4180 quoting, CRLF line ends, a header row: `case`, `turn`, `item`, `type`,
/// `alignment`, `criterion`, `user`, `response`, `label`, and `judge` (the judge's raw
/// verdict) only when annotators may see it. `label` is written empty.
public enum ItemsCSV {
    /// The columns in the order written, without `judge`.
    public static let columns = ["case", "turn", "item", "type", "alignment", "criterion", "user", "response", "label"]

    /// The file for `items`, in the order given.
    public static func write(_ items: [SampleItem], showJudge: Bool) -> String {
        var out = CSV.line(columns + (showJudge ? ["judge"] : []))
        for item in items {
            var fields = [
                item.key.caseID, String(item.key.turn), String(item.key.item), item.type.rawValue,
                item.alignment.rawValue, item.criterion, item.user, item.response, "",
            ]
            if showJudge { fields.append(item.judge ?? "") }
            out += CSV.line(fields)
        }
        return out
    }

    /// Reads a filled-in file: the columns are found by name in the header (in any order;
    /// `case`, `turn`, `item` and `label` are required, others are ignored). An empty label
    /// is a missing label; `yes`, `no`, `not applicable`, 是, 否 and 不适用 are read (see
    /// ``Label/init(personText:)``). The annotator is the row's `annotator` cell, or
    /// `defaultAnnotator` (the CLI passes the file's base name) when there is no such
    /// column or the cell is empty.
    public static func read(_ text: String, path: String, defaultAnnotator: String) throws(CalibrationError) -> [LabelRecord] {
        let records: [CSV.Record]
        do {
            records = try CSV.parse(text)
        } catch {
            throw CalibrationError(path: path, line: error.line, message: error.message)
        }
        guard let header = records.first else { throw CalibrationError(path: path, message: "the file is empty") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String) throws(CalibrationError) -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw CalibrationError(path: path, line: header.line, message: "the header has no \"\(name)\" column")
            }
            return index
        }
        let caseColumn = try column("case"), turnColumn = try column("turn")
        let itemColumn = try column("item"), labelColumn = try column("label")
        let annotatorColumn = names.firstIndex(of: "annotator")

        var labels: [LabelRecord] = []
        for record in records.dropFirst() {
            func field(_ index: Int) -> String {
                index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            guard record.fields.count == header.fields.count else {
                throw CalibrationError(
                    path: path, line: record.line,
                    message: "the row has \(record.fields.count) fields where the header has \(header.fields.count)")
            }
            let caseID = field(caseColumn)
            guard !caseID.isEmpty, let turn = Int(field(turnColumn)), turn >= 1,
                  let item = Int(field(itemColumn)), item >= 1
            else {
                throw CalibrationError(
                    path: path, line: record.line,
                    message: "the row needs a case, a turn and an item (1-based), not \"\(field(caseColumn))\", "
                        + "\"\(field(turnColumn))\", \"\(field(itemColumn))\"")
            }
            let key = ItemKey(caseID: caseID, turn: turn, item: item)
            let text = field(labelColumn)
            if text.isEmpty { continue }
            guard let label = Label(personText: text) else {
                throw CalibrationError(
                    path: path, line: record.line,
                    message: "unknown label \"\(text)\" for \(key.readable) (use yes, no or not applicable)")
            }
            let named = annotatorColumn.map(field) ?? ""
            labels.append(LabelRecord(
                annotator: named.isEmpty ? defaultAnnotator : named, key: key, label: label, path: path,
                line: record.line))
        }
        return labels
    }
}
