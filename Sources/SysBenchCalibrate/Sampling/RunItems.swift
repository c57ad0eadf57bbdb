import SysBenchCore
import SysBenchScore

/// The checklist items of a run as calibration sees them: one ``SampleItem`` an item,
/// with the texts an annotator needs, read from ``SysBenchScore/JudgedTurns``.
public enum RunItems {
    /// Every item of `run`, in run order. An item's key is its case, its turn and its
    /// checklist id; its judge verdict is nil when the turn is a judge failure or the
    /// item has no verdict. The earlier turns are the case's turns before it that the
    /// run holds, with their answers.
    public static func items(_ run: JudgedTurns) -> [SampleItem] {
        var out: [SampleItem] = []
        var history: [String: [SampleItem.EarlierTurn]] = [:]
        for record in run.records {
            let earlier = history[record.caseID] ?? []
            for item in record.items {
                out.append(SampleItem(
                    key: ItemKey(caseID: record.caseID, turn: record.turn, item: item.id), type: item.type,
                    alignment: record.alignment, criterion: item.text ?? "", system: record.system ?? "",
                    history: earlier, user: record.user ?? "", response: record.response ?? "",
                    judge: record.judgeFailure ? nil : item.verdictText))
            }
            history[record.caseID, default: []].append(
                SampleItem.EarlierTurn(user: record.user ?? "", assistant: record.response ?? ""))
        }
        return out
    }

    /// The judge's labels on every item of `run` (judge failures left out), named
    /// `judge:MODEL` after the run's judge model (`judge` when the run names none).
    public static func judgeLabels(_ run: JudgedTurns) -> RaterLabels {
        var labels: [ItemKey: Label] = [:]
        for item in items(run) {
            if let judge = item.judge { labels[item.key] = Label(judgeVerdict: judge) }
        }
        return RaterLabels(rater: judgeModel(run).map(RaterNames.judge(model:)) ?? "judge", labels: labels)
    }

    /// The judge model the run names (the first record that names one).
    public static func judgeModel(_ run: JudgedTurns) -> String? {
        run.records.lazy.compactMap(\.judgeModel).first { !$0.isEmpty }
    }

    /// The answer each item was judged on, for ``AnswerMatch``.
    public static func answers(_ run: JudgedTurns) -> [ItemKey: String] {
        var answers: [ItemKey: String] = [:]
        for record in run.records {
            for item in record.items {
                answers[ItemKey(caseID: record.caseID, turn: record.turn, item: item.id)] = record.response ?? ""
            }
        }
        return answers
    }
}
