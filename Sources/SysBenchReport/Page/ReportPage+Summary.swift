import Foundation
import SysBenchScore

extension ReportPage {
    /// The paper's Table 2: CSR, ISR and SSR per model with intervals, the best of
    /// each column marked; then the paired differences from the first model.
    var overallSection: String {
        var out = "<section id=\"overall\">\n<h2>Overall (Table 2)</h2>\n"
        out += "<p>CSR: checklist items satisfied. ISR: turns with no item judged unsatisfied. "
        out += "SSR: mean share of each session's turns that pass before the first failure. Percentages.</p>\n"
        let columns: [(String, (ScoreReport.Model) -> (Double?, Interval?))] = [
            ("CSR", { ($0.metrics.csrTotal.value, $0.intervals.csr) }),
            ("ISR", { ($0.metrics.isr.total.value, $0.intervals.isr) }),
            ("SSR", { ($0.metrics.ssrTotal.value, $0.intervals.ssr) }),
        ]
        // ★ compares like with like: over the sessions every run has.
        let shared = report.coverage.sharedHeadlines
        let comparable: [(ScoreReport.Model, Int) -> Double?] = [
            { model, index in report.coverage.isUniform ? model.metrics.csrTotal.value : shared[index].csr },
            { model, index in report.coverage.isUniform ? model.metrics.isr.total.value : shared[index].isr },
            { model, index in report.coverage.isUniform ? model.metrics.ssrTotal.value : shared[index].ssr },
        ]
        let best = comparable.map { value in report.models.enumerated().compactMap { value($1, $0) }.max() }
        out += "<table class=\"table2\">\n<tr><th>Model</th>"
        for column in columns { out += "<th>\(column.0)</th>" }
        out += "</tr>\n"
        for (row, model) in report.models.enumerated() {
            out += "<tr><td>\(Markup.escape(model.name))</td>"
            for (index, column) in columns.enumerated() {
                let (value, interval) = column.1(model)
                let mark = comparable[index](model, row)
                let isBest = report.models.count > 1 && mark != nil && mark == best[index]
                out += "<td\(isBest ? " class=\"best\" title=\"best\"" : "")><span class=\"v\">\(PercentFormat.percent(value))</span>"
                if let interval {
                    out += " <span class=\"ci\">[\(PercentFormat.percent(interval.low)), \(PercentFormat.percent(interval.high))]</span>"
                }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</table>\n"
        if report.bootstrap.replicates > 0 {
            let level = String(format: "%g", report.bootstrap.confidence * 100)
            out += "<p class=\"note\">Brackets: \(level)% bootstrap interval, resampling sessions. "
        } else {
            out += "<p class=\"note\">"
        }
        if report.models.count > 1, let warning = report.coverage.warning(names: report.models.map(\.name)) {
            out += "★ best in its column over the \(report.coverage.shared) sessions all runs share.</p>\n"
            out += "<p class=\"note warn\">Note: \(Markup.escape(warning)).</p>\n"
        } else {
            out += report.models.count > 1 ? "★ best in its column.</p>\n" : "</p>\n"
        }
        if !report.differences.isEmpty, let table = report.tables.dropFirst().first {
            out += "<h3>\(Markup.escape(table.title))</h3>\n" + Self.table(table)
        }
        return out + "</section>\n"
    }

    /// Every breakdown `score` prints, collapsed.
    var breakdownSection: String {
        var out = "<section id=\"breakdowns\">\n<h2>All breakdowns</h2>\n"
        out += "<details><summary>The tables <code>sysbench-kit score</code> prints, one column per model</summary>\n"
        for table in report.tables {
            out += "<h3>\(Markup.escape(table.title))</h3>\n" + Self.table(table)
        }
        return out + "</details>\n</section>\n"
    }
}
