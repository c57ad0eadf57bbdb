import Foundation

/// Deterministic stand-ins for a model and a judge: the same request always gets the
/// same answer, and an answer depends on the whole conversation, so a wrong history
/// shows up as different results.
public enum FakeModels {
    /// FNV-1a 64 of `text`, as 16 hex digits.
    public static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The model's answer: quotes the last user message and hashes the conversation.
    public static func answer(_ request: FakeRequest) -> String {
        let last = request.messages.last { $0.role == "user" }?.content ?? ""
        let conversation = request.messages.map { "\($0.role):\($0.content)" }.joined(separator: "\n")
        return "Answer to \"\(last.prefix(40))\" [\(hash(conversation))]"
    }

    /// The checklist ids of a judge prompt: `N.` lines inside the last `<checklist>`
    /// (or SysBench's `<评判细则>`) block.
    public static func checklistIDs(_ prompt: String) -> [Int] {
        for (open, close) in [("<checklist>", "</checklist>"), ("<评判细则>", "</评判细则>")] {
            guard let start = prompt.range(of: open, options: .backwards),
                  let end = prompt.range(of: close, range: start.upperBound..<prompt.endIndex)
            else { continue }
            return prompt[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line in
                guard let dot = line.firstIndex(of: ".") else { return nil }
                return Int(line[..<dot])
            }
        }
        return []
    }

    /// The judge's reply: a fenced JSON object with a verdict per checklist id, about
    /// one in four "no", decided by a hash of the prompt and id.
    public static func judgeReply(_ request: FakeRequest, chinese: Bool? = nil) -> String {
        let prompt = request.messages.last?.content ?? ""
        let ids = checklistIDs(prompt)
        let zh = chinese ?? prompt.contains("评判")
        let verdicts = ids.map { id -> String in
            let pass = hash(prompt + "#\(id)").last.map { !"048c".contains($0) } ?? true
            let word = zh ? (pass ? "是" : "否") : (pass ? "yes" : "no")
            return "\"\(id)\": \"\(word)\""
        }.joined(separator: ", ")
        let reasonKey = zh ? "评判理由" : "reason"
        let verdictKey = zh ? "评判结果" : "verdicts"
        return "```json\n{\"\(reasonKey)\": \"checked \(ids.count) items\", \"\(verdictKey)\": {\(verdicts)}}\n```"
    }

    /// The standard behaviour: `judgeModel` requests get judge replies, others answers.
    public static func standard(_ request: FakeRequest, judgeModel: String, delay: Duration = .zero) -> FakeAction {
        if request.model == judgeModel {
            return .completion(judgeReply(request), model: request.model, delay: delay)
        }
        return .completion(answer(request), model: request.model, delay: delay)
    }
}
