import ArgumentParser
import Foundation
import Logging
import SysBenchRun

/// `sysbench-kit run`: flags in, `SysBenchRun` does the work.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Generate answers and judge them over OpenAI-compatible servers; resumable.",
        discussion: """
            Base URLs may be given with or without a trailing slash or /v1 (http://host:8000, \
            http://host:8000/v1 and .../v1/chat/completions all work). Rerun the same command to resume \
            a stopped run. For batch services: --batch-out DIR writes the pending requests, --batch-in FILE \
            reads a batch output file back; repeat until --batch-out has nothing left.

            --rejudge RUN judges the stored answers of RUN (a run folder, results .jsonl or SysBench \
            *_eval.json) with --judge-model and --template instead of a dataset: no generation request is \
            sent, run.json records the source run and its sha256, and rerunning resumes it.

            Examples:
              sysbench-kit run --dataset release.jsonl --model m --judge-model j --base-url http://127.0.0.1:8000 --out runs/m
              sysbench-kit run --rejudge runs/gpt4o_eval.json --judge-model other-judge \
                --judge-base-url http://127.0.0.1:8001 --out runs/gpt4o-rejudged

            Exit status: 0 finished; 2 could not run (bad input, settings differing from the run folder's).
            """)

    @Option(help: "The release JSONL (output of `build`).") var dataset: String?
    @Option(help: "Judge the stored answers of this run again instead of generating (no --dataset).")
    var rejudge: String?
    @Option(help: "The model to evaluate (with --rejudge: default the source run's model).") var model: String?
    @Option(help: "The model server's base URL (not needed with --batch-out/--batch-in).") var baseURL: String?
    @Option(help: "The judge model.") var judgeModel: String
    @Option(help: "The judge server's base URL (default: --base-url).") var judgeBaseURL: String?
    @Option(help: "The run folder.") var out: String
    @Option(parsing: .unconditional, help: "Sessions in flight.") var concurrency = 8
    @Option(help: ArgumentHelp("Earlier assistant turns: the model's own answers or the dataset's references.",
                               valueName: CommandHelp.choices(HistoryMode.self)))
    var history: String = "model"
    @Option(help: "A Mustache judge template (default: built-in, by case language).") var template: String?
    @Option(help: "Sampling temperature for the model.") var temperature: Double?
    @Option(parsing: .unconditional, help: "Token limit for the model's answers.") var maxTokens: Int?
    @Option(help: "Sampling seed for the model.") var seed: Int?
    @Option(parsing: .unconditional, help: "Only the first N cases (1 or more).") var limit: Int?
    @Option(help: "Environment variable holding the model server's API key.") var apiKeyEnv = "OPENAI_API_KEY"
    @Option(help: "Environment variable holding the judge server's API key (default: --api-key-env).")
    var judgeApiKeyEnv: String?
    @Option(parsing: .unconditional, help: "Seconds one request may take.") var timeout: Double = 300
    @Option(parsing: .unconditional, help: "Judge requests after an unusable reply before the turn is a judge failure.")
    var judgeRetries = 3
    @Flag(help: "Discard the run folder's previous run and start over.") var forceNew = false
    @Flag(help: "Check that the servers answer and print what the run would send; send nothing else, write nothing.")
    var dryRun = false
    @Option(help: "Write the pending requests as Batch API JSONL into this folder.") var batchOut: String?
    @Option(help: "Read a Batch API output file back into the run.") var batchIn: [String] = []
    @Option(help: .hidden) var retryBaseMs: Int?
    @Option(help: .hidden) var progressIntervalMs: Int?

    func validate() throws {
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be a positive number, not \(concurrency)") }
        if let limit, limit < 1 { throw ValidationError("--limit must be a positive number, not \(limit): it is how many cases to run") }
        if let maxTokens, maxTokens < 1 { throw ValidationError("--max-tokens must be a positive number, not \(maxTokens)") }
        guard HistoryMode(rawValue: history) != nil else { throw ValidationError("--history is model or reference") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard judgeRetries >= 0 else { throw ValidationError("--judge-retries must be 0 or more") }
        if let rejudge {
            guard dataset == nil else { throw ValidationError("--rejudge \(rejudge) takes the place of --dataset; give one") }
            guard batchOut == nil, batchIn.isEmpty else { throw ValidationError("--rejudge runs online only") }
            guard judgeBaseURL ?? baseURL != nil else { throw ValidationError("--rejudge needs --judge-base-url") }
            return
        }
        guard dataset != nil else { throw ValidationError("--dataset is required (or --rejudge RUN)") }
        guard model != nil else { throw ValidationError("--model is required") }
        if batchOut == nil, batchIn.isEmpty, baseURL == nil {
            throw ValidationError("--base-url is required (except with --batch-out or --batch-in)")
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap { _ in RunLogHandler() }
        var logger = Logger(label: "sysbench-kit.run")
        logger.logLevel = .warning
        do {
            try await execute(logger: logger)
        } catch let error as RunError {
            throw Terminal.fail(error)
        }
    }

    private func execute(logger: Logger) async throws {
        let source = try rejudge.map { path throws(RunError) in try RejudgeSource.load(path: path) }
        let datasetPath = rejudge ?? dataset ?? ""
        let data = try source?.dataset ?? Dataset.load(path: datasetPath)
        let model = model ?? source?.model ?? ""
        let templates: JudgeTemplates
        if let template {
            templates = try JudgeTemplates.file(JudgeTemplate.load(path: template))
        } else {
            templates = try JudgeTemplates.builtin()
        }
        if dryRun {
            try await RunDryRun.run(
                dataset: data, limit: limit, model: (model, source == nil ? baseURL : nil), judge: (judgeModel, judgeBaseURL ?? baseURL ?? ""),
                keys: (apiKeyEnv, judgeApiKeyEnv ?? apiKeyEnv), judgeRetries: judgeRetries, logger: logger)
            return
        }
        let settings = RunSettings(
            model: model, judgeModel: judgeModel, history: HistoryMode(rawValue: history) ?? .model,
            temperature: temperature, maxTokens: maxTokens, seed: seed, judgeRetries: judgeRetries, templates: templates)
        let context = try await RunContext.open(
            folder: RunFolder(path: out), dataset: data, datasetPath: datasetPath, limit: limit, settings: settings,
            baseURL: source == nil ? baseURL : nil, judgeBaseURL: judgeBaseURL ?? baseURL, forceNew: forceNew,
            source: source)
        if context.droppedBytes > 0 {
            note("dropped a torn last journal line (\(context.droppedBytes) bytes); its request will be repeated")
        }
        if !batchIn.isEmpty || batchOut != nil {
            try await RunBatchOutput.run(context: context, batchIn: batchIn, batchOut: batchOut)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let judgeKeyEnv = judgeApiKeyEnv ?? apiKeyEnv
        let retryPolicy = retryBaseMs.map { RetryPolicy(base: .milliseconds($0), cap: .milliseconds($0 * 64)) }
            ?? RetryPolicy()
        if await context.unfinishedCases().isEmpty {
            try await context.finish()
            RunOutput.nothingToDo(context: context)
            return
        }
        RunOutput.resuming(context: context)
        let modelServer = source != nil ? nil
            : ServerOptions(baseURL: baseURL ?? "", apiKey: environment[apiKeyEnv], apiKeyEnv: apiKeyEnv)
        let judgeServer = ServerOptions(
            baseURL: judgeBaseURL ?? baseURL ?? "", apiKey: environment[judgeKeyEnv], apiKeyEnv: judgeKeyEnv)
        try await OnlineRun.checkServers(model: modelServer, judge: judgeServer, logger: logger)
        let interrupt = RunInterrupt()
        defer { interrupt.end() }
        let ticker = RunOutput.startTicker(progress: context.progress, intervalMs: progressIntervalMs)
        defer { ticker.cancel() }
        let timeout = Duration.milliseconds(Int64(timeout * 1000))
        let concurrency = concurrency
        let work = Task {
            try await OnlineRun.run(
                context: context, model: modelServer, judge: judgeServer, timeout: timeout, retryPolicy: retryPolicy,
                concurrency: concurrency, logger: logger, stop: interrupt.stop)
        }
        interrupt.whenGraceIsOver { work.cancel() }
        let incomplete: [IncompleteSession]
        do {
            incomplete = try await work.value
        } catch {
            ticker.cancel()
            _ = await ticker.value
            try? await context.finish()
            if let signal = interrupt.received {
                RunOutput.interrupted(context: context, signal: signal)
                throw ExitCode(RunInterrupt.exitCode(signal))
            }
            throw error
        }
        ticker.cancel()
        _ = await ticker.value
        try await context.finish()
        if let signal = interrupt.received {
            RunOutput.interrupted(context: context, signal: signal)
            throw ExitCode(RunInterrupt.exitCode(signal))
        }
        try await RunOutput.summary(context: context, incomplete: incomplete)
    }

    private func note(_ text: String) {
        FileHandle.standardError.write(Data("note: \(text)\n".utf8))
    }
}
