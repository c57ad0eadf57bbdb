import KitSupport
import SysBenchCore
import SysBenchScore

extension ReportPage {
    /// Per model, the failed turns and the turns with judge trouble, each collapsed,
    /// with the texts that explain the verdicts.
    var drillDownSection: String {
        var out = "<section id=\"failed\">\n<h2>Failed turns</h2>\n"
        out += "<p>Per model, the turns that failed under policy <code>\(report.policy.rawValue)</code> "
        out += "(at most \(options.maxFailedTurns), in input order), then the turns where the judge failed or gave a "
        out += "non-binary verdict. Long texts are cut; the run files hold them whole.</p>\n"
        for (index, input) in runs.enumerated() {
            let name = index < report.models.count ? report.models[index].name : input.run.model
            let selection = DrillDown(run: input.run, policy: report.policy, limit: options.maxFailedTurns)
            out += "<details class=\"model\"><summary>\(Markup.escape(name)): \(ReportPage.grouped(selection.failedTotal)) failed turns"
            if selection.unusualTotal > 0 {
                out += ", \(ReportPage.grouped(selection.unusualTotal)) with judge failures or non-binary verdicts"
            }
            out += "</summary>\n"
            if input.details == nil {
                out += "<p class=\"note\">This input holds no texts that line up with its verdicts; only verdicts are shown.</p>\n"
            }
            out += "<h3>Failed turns"
            out += selection.failed.count < selection.failedTotal
                ? " (first \(selection.failed.count) of \(ReportPage.grouped(selection.failedTotal)); raise --max-failed-turns for more)"
                : ""
            out += "</h3>\n"
            if selection.failed.isEmpty { out += "<p class=\"note\">None.</p>\n" }
            for ref in selection.failed { out += turn(ref, in: input) }
            if selection.unusualTotal > 0 {
                out += "<h3>Judge failures and non-binary verdicts"
                out += selection.unusual.count < selection.unusualTotal
                    ? " (first \(selection.unusual.count) of \(ReportPage.grouped(selection.unusualTotal)))" : ""
                out += "</h3>\n"
                for ref in selection.unusual { out += turn(ref, in: input) }
            }
            out += "</details>\n"
        }
        return out + "</section>\n"
    }

    private func turn(_ ref: DrillDown.TurnRef, in input: ReportRun) -> String {
        let session = input.run.sessions[ref.session]
        let turn = session.turns[ref.turn]
        let sessionDetail = input.details?.sessions[ref.session]
        let detail = sessionDetail?.turns[turn.index]
        let outcome = report.policy.outcome(of: turn)
        var out = "<details class=\"turn\"><summary>"
        if turn.judgeFailure {
            out += "<span class=\"tag judge\">judge failure</span>"
        } else if outcome == .fail {
            out += "<span class=\"tag fail\">fail</span>"
        }
        // A judge failure's items have no verdicts at all, which is not a non-binary verdict.
        if !turn.judgeFailure, turn.items.contains(where: \.verdict.isOther) {
            out += "<span class=\"tag other\">non-binary</span>"
        }
        var place: [String] = []
        if let caseID = session.caseID { place.append(caseID) }
        if let systemID = session.systemID { place.append("system_id \(systemID)") }
        if place.isEmpty { place.append("session \(ref.session + 1)") }
        place.append("turn \(turn.index) of \(session.turns.count)")
        place.append(session.mode.rawValue)
        if let alignment = turn.alignment { place.append(alignment.rawValue) }
        if !turn.judgeFailure {
            let failing = turn.items.filter { report.policy.fails($0.verdict) }.count
            place.append("\(failing) of \(Counted.phrase(turn.items.count, "item")) failed")
        }
        out += Markup.escape(place.joined(separator: " · ")) + "</summary>\n<div class=\"turn-body\">\n"
        if let system = sessionDetail?.system, !system.isEmpty {
            // Collapsed: it is the same for every turn of the session and long.
            let excerpt = Markup.excerpt(system, limit: options.systemExcerpt)
            out += "<details class=\"system\"><summary>System message"
            out += excerpt.omitted > 0
                ? " (first \(ReportPage.grouped(options.systemExcerpt)) of \(ReportPage.grouped(system.count)) characters)"
                : ""
            out += "</summary><div class=\"text-block\">\(Markup.escape(excerpt.text))</div></details>\n"
        }
        out += history(before: turn, of: session, detail: sessionDetail)
        out += block("User", detail?.user, limit: options.textExcerpt)
        out += block("Answer", detail?.response, limit: options.textExcerpt)
        if turn.judgeFailure {
            out += block("Judge error", detail?.error, limit: options.textExcerpt)
        } else {
            // A turn with a checked item gets a column with each check's result and measured value.
            let checked = turn.items.contains { $0.check != nil }
            out += "<table class=\"checklist\"><tr><th>#</th><th>Type</th><th>Checklist item</th><th>Verdict</th>"
            out += checked ? "<th>Check</th></tr>\n" : "</tr>\n"
            for item in turn.items {
                let text = detail?.itemTexts[item.id].map { Markup.excerpt($0, limit: options.textExcerpt).text } ?? "–"
                out += "<tr><td>\(Markup.escape(item.id))</td><td class=\"text\">\(Markup.escape(item.type?.rawValue ?? "–"))</td>"
                out += "<td class=\"text\">\(Markup.escape(text))</td>\(verdictCell(item.verdict))"
                out += checked ? checkCell(item) + "</tr>\n" : "</tr>\n"
            }
            out += "</table>\n"
        }
        out += block("Judge's reason", detail?.reason, limit: options.textExcerpt)
        return out + "</div></details>\n"
    }

    private func verdictCell(_ verdict: Verdict) -> String {
        switch verdict {
        case .yes: "<td class=\"text verdict-yes\">yes</td>"
        case .no: "<td class=\"text verdict-no\">no</td>"
        case .other(let raw): "<td class=\"text verdict-other\">other: \(Markup.escape(raw))</td>"
        }
    }

    private func block(_ heading: String, _ text: String?, limit: Int) -> String {
        guard let text, !text.isEmpty else { return "" }
        let excerpt = Markup.excerpt(text, limit: limit)
        var out = "<h4>\(heading)</h4><div class=\"text-block\">\(Markup.escape(excerpt.text))</div>\n"
        if excerpt.omitted > 0 {
            out += "<p class=\"omitted\">… \(ReportPage.grouped(excerpt.omitted)) more characters not shown</p>\n"
        }
        return out
    }
}
