import KitSupport
import SysBenchCore
import SysBenchScore

/// The report as one self-contained HTML page: Table 2, charts, breakdowns and a
/// collapsible drill-down of failed turns, with inline CSS and SVG and nothing
/// fetched from anywhere.
///
/// The page is deterministic (no timestamps), so two reports of the same runs are
/// byte-identical and can be diffed.
public struct ReportPage: Sendable {
    /// The scores, as `score` computes them.
    public var report: ScoreReport
    /// The inputs in the report's model order.
    public var runs: [ReportRun]
    /// What to include.
    public var options: ReportOptions
    /// A `calibrate agree` result to show in a judge calibration section; nil for none.
    public var calibration: CalibrationResult?

    /// Scores the runs and prepares the page.
    public init(runs: [ReportRun], policy: ScoringPolicy, bootstrap: BootstrapSettings, options: ReportOptions = .init()) {
        self.report = ScoreReport(runs: runs.map(\.run), policy: policy, bootstrap: bootstrap)
        self.runs = runs
        self.options = options
    }

    /// The whole page.
    public func html() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(Markup.escape(options.title)): \(Markup.escape(report.models.map(\.name).joined(separator: ", ")))</title>\n"
        out += "<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n<main>\n"
        out += header
        out += overallSection
        out += csrSection
        out += stabilitySection
        out += alignmentSection
        out += verdictSection
        out += checksSection
        out += breakdownSection
        if options.maxFailedTurns > 0 { out += drillDownSection }
        if let calibration { out += calibrationSection(calibration) }
        out += "<footer>Made by sysbench-kit report. Metrics as in SysBench (arXiv 2408.10943): "
        out += "CSR counts satisfied checklist items, ISR turns with no failed item, SSR the leading passing turns of "
        out += "each session.</footer>\n</main>\n</body>\n</html>\n"
        return out
    }

    private var header: String {
        var out = "<header>\n<h1>\(Markup.escape(options.title))</h1>\n"
        out += "<p class=\"meta\">\(Markup.escape(report.settingsLine)).</p>\n<ul class=\"meta\">\n"
        for model in report.models {
            let counts = model.metrics.counts
            out += "<li><strong>\(Markup.escape(model.name))</strong>: <code>\(Markup.escape(model.source))</code>, "
            out += "\(Self.grouped(counts.sessions)) \(Counted.noun(counts.sessions, "session")), "
            out += "\(Self.grouped(counts.turns)) scored \(Counted.noun(counts.turns, "turn")), "
            out += "\(Self.grouped(counts.items)) \(Counted.noun(counts.items, "item"))</li>\n"
        }
        out += "</ul>\n<nav><a href=\"#overall\">Overall</a><a href=\"#csr\">CSR by type</a>"
        out += "<a href=\"#ssr\">Session stability</a><a href=\"#isr\">ISR by alignment</a>"
        out += "<a href=\"#verdicts\">Verdicts</a>"
        if hasChecks { out += "<a href=\"#checks\">Checks</a>" }
        out += "<a href=\"#breakdowns\">All breakdowns</a>"
        if options.maxFailedTurns > 0 { out += "<a href=\"#failed\">Failed turns</a>" }
        if calibration != nil { out += "<a href=\"#calibration\">Judge calibration</a>" }
        out += "</nav>\n</header>\n"
        return out
    }

    /// `2500` → `2,500`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// An HTML table of already formatted cells; the first column is a label.
    static func table(_ table: ReportTable, cssClass: String = "") -> String {
        var out = "<table\(cssClass.isEmpty ? "" : " class=\"\(cssClass)\"")>\n<tr>"
        for cell in table.header { out += "<th>\(Markup.escape(cell))</th>" }
        out += "</tr>\n"
        for row in table.rows {
            out += "<tr>"
            for cell in row { out += "<td>\(Markup.escape(cell))</td>" }
            out += "</tr>\n"
        }
        return out + "</table>\n"
    }
}
