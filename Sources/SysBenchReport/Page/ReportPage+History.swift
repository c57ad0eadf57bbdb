import KitSupport
import SysBenchCore
import SysBenchScore

extension ReportPage {
    /// The earlier turns of a dependent session, collapsed: the answer under them was
    /// given, and judged, with that history in view. Empty for a parallel session, the
    /// first turn, or an input without texts.
    func history(before turn: ScoredTurn, of session: ScoredSession, detail: SessionDetail?) -> String {
        guard session.mode == .dependent, let detail else { return "" }
        let earlier = detail.turns.keys.filter { $0 < turn.index }.sorted()
        guard !earlier.isEmpty else { return "" }
        var out = "<details class=\"history\"><summary>Earlier turns (\(Counted.phrase(earlier.count, "turn")); "
        out += "the answer was given and judged with them)</summary>\n"
        for index in earlier {
            let texts = detail.turns[index]
            let verdict = session.turns.first { $0.index == index }.map { report.policy.outcome(of: $0) == .fail ? " · fail" : "" } ?? ""
            out += "<h4>Turn \(index)\(verdict)</h4>\n"
            out += historyBlock("User", texts?.user)
            out += historyBlock("Answer", texts?.response)
        }
        return out + "</details>\n"
    }

    private func historyBlock(_ heading: String, _ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        let excerpt = Markup.excerpt(text, limit: options.textExcerpt)
        var out = "<h5>\(heading)</h5><div class=\"text-block\">\(Markup.escape(excerpt.text))</div>\n"
        if excerpt.omitted > 0 {
            out += "<p class=\"omitted\">… \(ReportPage.grouped(excerpt.omitted)) more characters not shown</p>\n"
        }
        return out
    }
}
