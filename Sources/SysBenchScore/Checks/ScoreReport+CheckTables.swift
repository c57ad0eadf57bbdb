import SysBenchCore

extension ScoreReport {
    /// How many disagreements per model the text and markdown formats list.
    public static let disagreementsShown = 5

    /// The checks tables of the text and markdown formats: the counts by constraint
    /// type, then each model's first disagreements between judge and check. Empty
    /// when no model's run carries a check.
    public var checkTables: [ReportTable] {
        let checked = models.compactMap { model in model.checks.map { (model.name, $0) } }
        guard !checked.isEmpty else { return [] }
        var counts: [[String]] = []
        var disagreements: [[String]] = []
        for (name, summary) in checked {
            for type in ConstraintType.allCases {
                guard let byType = summary.byType[type], byType.items > 0 else { continue }
                counts.append([name, type.rawValue] + Self.cells(byType))
            }
            counts.append([name, "total"] + Self.cells(summary.counts))
            let shown = summary.details.filter(\.disagrees).prefix(Self.disagreementsShown)
            for detail in shown {
                disagreements.append([
                    name, detail.caseID ?? detail.systemID.map { "system_id \($0)" } ?? "–",
                    String(detail.turn), detail.item, detail.check.verify.rawValue,
                    detail.check.judge.reportText, detail.check.passed ? "pass" : "fail",
                    detail.check.value.map(String.init) ?? "–", detail.final.reportText,
                ])
            }
        }
        var tables = [ReportTable(
            title: "Checks beside the judge (items)",
            header: ["Model", "Type", "Items", "Judge yes, check no", "Judge no, check yes", "Changed"],
            rows: counts)]
        if !disagreements.isEmpty {
            tables.append(ReportTable(
                title: "First disagreements of judge and check (at most \(Self.disagreementsShown) per model)",
                header: ["Model", "Case", "Turn", "Item", "Verify", "Judge", "Check", "Value", "Final"],
                rows: disagreements))
        }
        return tables
    }

    private static func cells(_ counts: CheckSummary.Counts) -> [String] {
        [counts.items, counts.judgeYesCheckNo, counts.judgeNoCheckYes, counts.changed].map { String($0) }
    }
}
