import SysBenchCore
import SysBenchScore

extension ReportPage {
    /// Whether any model's run carries a check; the page shows the checks section then.
    var hasChecks: Bool {
        report.models.contains { $0.checks != nil }
    }

    /// The deterministic checks beside the judge: the same tables `score` prints (the
    /// counts by constraint type and each model's first disagreements). Empty when no
    /// run carries a check.
    var checksSection: String {
        let tables = report.checkTables
        guard !tables.isEmpty else { return "" }
        var out = "<section id=\"checks\">\n<h2>Checks beside the judge</h2>\n"
        out += "<p>Checklist items that declare a deterministic check (a count, a string, a pattern, JSON). "
        out += "<em>Judge yes, check no</em> and <em>judge no, check yes</em> count disagreements; "
        out += "<em>changed</em> counts items whose final verdict, decided as each item's <code>verify</code> says, "
        out += "differs from the judge's. Scores use the final verdicts.</p>\n"
        for table in tables {
            out += "<h3>\(Markup.escape(table.title))</h3>\n" + Self.table(table)
        }
        return out + "</section>\n"
    }

    /// The drill-down cell of a checked item: the check's result and measured value,
    /// and the judge's verdict when the final verdict overrides it; `–` without a check.
    func checkCell(_ item: ScoredItem) -> String {
        guard let check = item.check else { return "<td class=\"text\">–</td>" }
        var text = check.passed ? "pass" : "fail"
        if let value = check.value { text += " · \(ReportPage.grouped(value))" }
        var out = "<td class=\"text \(check.passed ? "verdict-yes" : "verdict-no")\" title=\"verify: \(check.verify.rawValue)\">"
        out += Markup.escape(text)
        if item.verdict != check.judge {
            out += " <span class=\"note\">(judge: \(Markup.escape(check.judge.reportText)))</span>"
        }
        return out + "</td>"
    }
}
