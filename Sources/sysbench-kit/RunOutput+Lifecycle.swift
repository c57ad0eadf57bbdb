import Foundation
import Logging
import SysBenchRun
import SysBenchScore

extension RunOutput {
    /// A rerun of a finished run: says so instead of a progress line with no ETA.
    static func nothingToDo(context: RunContext) {
        let snapshot = context.progress.snapshot()
        let turns = context.cases.reduce(0) { $0 + $1.turns.count }
        Terminal.output(
            "nothing to do: all \(turns) turns of the \(context.cases.count) cases are answered and judged "
                + "(\(snapshot.done)/\(snapshot.total) requests)\n"
                + "results: \(context.folder.file(RunFolderFiles.results))\n")
    }

    /// A resumed run: how much the journal already holds.
    static func resuming(context: RunContext) {
        let snapshot = context.progress.snapshot()
        guard snapshot.done > 0 else { return }
        Terminal.note("resuming: \(snapshot.done) of \(snapshot.total) requests already done (from the journal)")
    }

    /// After SIGINT or SIGTERM: how far the run got and that a rerun resumes.
    static func interrupted(context: RunContext, signal: Int32) {
        let snapshot = context.progress.snapshot()
        let turns = context.cases.reduce(0) { $0 + $1.turns.count }
        let results = try? Data(contentsOf: URL(fileURLWithPath: context.folder.file(RunFolderFiles.results)))
        let judged = results?.filter { $0 == 0x0A }.count ?? 0
        let name = signal == SIGINT ? "interrupted" : "terminated"
        let text = "\(name): \(snapshot.done)/\(snapshot.total) requests done, \(judged) of \(turns) turns judged "
            + "(written to \(context.folder.file(RunFolderFiles.results)))\n"
            + "run the same command again to resume\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// `run --dry-run`: what the run would send, and whether the servers answer.
enum RunDryRun {
    static func run(
        dataset: Dataset, limit: Int?, model: (name: String, url: String?), judge: (name: String, url: String),
        keys: (model: String, judge: String), judgeRetries: Int, logger: Logger
    ) async throws {
        let cases = limit.map { Array(dataset.cases.prefix($0)) } ?? dataset.cases
        let turns = cases.reduce(0) { $0 + $1.turns.count }
        let environment = ProcessInfo.processInfo.environment
        func keyState(_ variable: String) -> String {
            (environment[variable]?.isEmpty == false) ? "key from \(variable)" : "no key (\(variable) is not set)"
        }
        let modelURL = model.url.map { Endpoint(baseURL: $0)?.chatCompletionsURL ?? $0 }
        let judgeURL = Endpoint(baseURL: judge.url)?.chatCompletionsURL ?? judge.url
        var text = "would run \(cases.count) case\(cases.count == 1 ? "" : "s"), \(turns) turn\(turns == 1 ? "" : "s"):\n"
        if let modelURL {
            text += "  \(turns) model requests to \(model.name) at \(modelURL), \(keyState(keys.model))\n"
        } else {
            text += "  no model requests: the answers of \(model.name) are judged again\n"
        }
        text += "  \(turns) judge requests to \(judge.name) at \(judgeURL), \(keyState(keys.judge))"
        text += judgeRetries > 0 ? " (up to \(judgeRetries) more per unusable reply)\n" : "\n"
        Terminal.output(text)
        try await OnlineRun.checkServers(
            model: model.url.map { ServerOptions(baseURL: $0, apiKey: environment[keys.model], apiKeyEnv: keys.model) },
            judge: ServerOptions(baseURL: judge.url, apiKey: environment[keys.judge], apiKeyEnv: keys.judge),
            logger: logger)
        Terminal.output("servers answer; nothing was sent and nothing written\n")
    }
}
