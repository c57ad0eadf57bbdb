import SysBenchCore
/// Runs one case: its turns in order, each answer recorded before the next turn is
/// asked, and each turn judged in a child task so judging overlaps the next answer.
struct SessionRunner: Sendable {
    let context: RunContext
    let services: RunServices

    func run(_ record: ReleaseRecord) async throws {
        // Only this case's slice: a copy of the whole state would be copied again on the next write.
        let recorded = await context.recorder.recorded(record)
        let builder = context.builder
        try await withThrowingTaskGroup(of: Void.self) { group in
            var answers: [String] = []
            for index in record.turns.indices {
                let key = TurnKey(caseID: record.id, turn: index + 1)
                let shown = builder.shownAnswers(record, answers: answers)
                let answer: String
                if let stored = recorded.answers[index] {
                    answer = stored
                } else {
                    let response = try await services.generate(builder.generation(record, turnIndex: index, shown: shown))
                    try await context.recorder.record([.answer(key, content: response.content, usage: response.usage)])
                    answer = response.content
                }
                if !recorded.judged[index] {
                    let request = builder.judge(record, turnIndex: index, shown: shown, response: answer)
                    let ids = record.turns[index].checklist.map(\.id)
                    let firstAttempt = recorded.rejected[index] + 1
                    group.addTask { try await judge(key, request: request, ids: ids, firstAttempt: firstAttempt) }
                }
                answers.append(answer)
            }
            try await group.waitForAll()
        }
    }

    private func judge(_ key: TurnKey, request: ChatRequest, ids: [Int], firstAttempt: Int) async throws {
        var attempt = firstAttempt
        while true {
            let response = try await services.judge(request)
            let entries = JudgeOutcome.entries(
                key: key, reply: response.content, usage: response.usage, expectedIDs: ids,
                attempt: attempt, retries: context.settings.judgeRetries)
            try await context.recorder.record(entries)
            if entries.contains(where: { if case .judgment = $0 { true } else { false } }) { return }
            attempt += 1
        }
    }
}
