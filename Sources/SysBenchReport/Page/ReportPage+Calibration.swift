import Foundation
import SysBenchCore
import SysBenchScore

extension ReportPage {
    /// The judge calibration section: the agreement table of every pair, then each
    /// pair's confusion matrices over all items and per constraint type.
    func calibrationSection(_ calibration: CalibrationResult) -> String {
        var out = "<section id=\"calibration\">\n<h2>Judge calibration</h2>\n"
        out += "<p>Agreement of the raters of <code>calibrate agree</code> on \(Self.grouped(calibration.items)) items: "
        out += "share of equal labels, Cohen's κ, Gwet's AC1 (stable when nearly everything passes) and "
        out += "Krippendorff's α, with bootstrap intervals over cases.</p>\n"
        let names = ["agreement", "Cohen's κ", "Gwet's AC1", "Krippendorff's α"]
        let rows = calibration.pairs.map { pair -> [String] in
            ["\(pair.a) vs \(pair.b)", String(pair.n)] + pair.statistics.map { statistic in
                guard let value = statistic.value else { return PercentFormat.missing }
                var cell = String(format: "%.3f", value)
                if let interval = statistic.interval {
                    cell += String(format: " [%.3f, %.3f]", interval[0], interval[1])
                }
                return cell
            }
        }
        out += Self.table(ReportTable(title: "Agreement", header: ["Pair", "n"] + names, rows: rows), cssClass: "table2")
        for pair in calibration.pairs where !pair.matrices.isEmpty {
            out += "<h3>\(Markup.escape(pair.a)) vs \(Markup.escape(pair.b)): confusion by constraint type</h3>\n"
            out += "<p class=\"note\">Rows: \(Markup.escape(pair.a)); columns: \(Markup.escape(pair.b)).</p>\n"
            out += "<div class=\"matrices\">\n"
            for matrix in pair.matrices {
                let title = ConstraintType(label: matrix.group).map { "\($0.rawValue) · \($0.zhLabel)" } ?? matrix.group
                out += "<div><h4>\(Markup.escape(title))</h4>\n"
                let table = ReportTable(
                    title: title, header: [""] + matrix.labels,
                    rows: zip(matrix.labels, matrix.counts).map { label, counts in [label] + counts.map(String.init) })
                out += Self.table(table) + "</div>\n"
            }
            out += "</div>\n"
        }
        return out + "</section>\n"
    }
}
