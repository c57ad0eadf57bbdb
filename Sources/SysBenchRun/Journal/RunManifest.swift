import Foundation
import KitSupport
import SysBenchScore

/// `run.json`: what a run folder was started with. A resumed run must match it in
/// everything that changes answers or verdicts; addresses, concurrency, timeouts and
/// `--limit` may change between sessions (a server moves, a run is extended).
public struct RunManifest: Sendable, Hashable, Codable {
    /// Version of this file's layout.
    public var format: Int = 1
    /// The dataset file as given, for the reader.
    public var datasetPath: String
    /// sha256 of the dataset's bytes.
    public var datasetSHA256: String
    /// The answering model.
    public var model: String
    /// The judging model.
    public var judgeModel: String
    /// `model` or `reference`.
    public var history: String
    /// Sampling temperature sent to the model, when set.
    public var temperature: Double?
    /// Token limit sent to the model, when set.
    public var maxTokens: Int?
    /// Seed sent to the model, when set.
    public var seed: Int?
    /// Judge retries after an unusable reply.
    public var judgeRetries: Int
    /// `builtin:en`, `builtin:zh` (per case language) or the template file path.
    public var template: String
    /// sha256 of the template text(s).
    public var templateSHA256: String
    /// Base URL of the model server when the run was created (informational).
    public var baseURL: String?
    /// Base URL of the judge server when the run was created (informational).
    public var judgeBaseURL: String?
    /// For a rejudge (`run --rejudge`): the run whose answers are judged, as given.
    public var sourceRun: String?
    /// For a rejudge: the sha256 of the source run's file (a run folder's results file).
    public var sourceRunSHA256: String?

    enum CodingKeys: String, CodingKey {
        case format, datasetPath = "dataset_path", datasetSHA256 = "dataset_sha256", model
        case judgeModel = "judge_model", history, temperature, maxTokens = "max_tokens", seed
        case judgeRetries = "judge_retries", template, templateSHA256 = "template_sha256"
        case baseURL = "base_url", judgeBaseURL = "judge_base_url"
        case sourceRun = "source_run", sourceRunSHA256 = "source_run_sha256"
    }

    /// The manifest of a run with `settings` over the release file at `datasetPath`
    /// (whose bytes hash to `datasetSHA256`). Every answer- or verdict-changing field
    /// comes from `settings`, so the two cannot drift apart; only the file's identity,
    /// the (informational) server addresses and a rejudge's source run are added here.
    public init(
        settings: RunSettings, datasetPath: String, datasetSHA256: String, baseURL: String?, judgeBaseURL: String?,
        sourceRun: String? = nil, sourceRunSHA256: String? = nil
    ) {
        self.datasetPath = datasetPath
        self.datasetSHA256 = datasetSHA256
        self.model = settings.model
        self.judgeModel = settings.judgeModel
        self.history = settings.history.rawValue
        self.temperature = settings.temperature
        self.maxTokens = settings.maxTokens
        self.seed = settings.seed
        self.judgeRetries = settings.judgeRetries
        self.template = settings.templates.manifestName
        self.templateSHA256 = settings.templates.sha256
        self.baseURL = baseURL
        self.judgeBaseURL = judgeBaseURL
        self.sourceRun = sourceRun
        self.sourceRunSHA256 = sourceRunSHA256
    }

    /// What differs from `stored` in the fields a resumed run must keep, as
    /// "name: stored → now" texts; empty when resuming is safe.
    public func differences(from stored: RunManifest) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ name: String, _ old: T, _ new: T, _ show: (T) -> String) {
            if old != new { out.append("\(name): \(show(old)) → \(show(new))") }
        }
        let text: (String) -> String = { "\"\($0)\"" }
        let optional: (CustomStringConvertible?) -> String = { $0.map { "\($0)" } ?? "unset" }
        check("dataset sha256", stored.datasetSHA256, datasetSHA256) { String($0.prefix(12)) }
        check("source run sha256", stored.sourceRunSHA256, sourceRunSHA256) { $0.map { String($0.prefix(12)) } ?? "unset" }
        check("model", stored.model, model, text)
        check("judge model", stored.judgeModel, judgeModel, text)
        check("history", stored.history, history, text)
        check("temperature", stored.temperature, temperature) { optional($0) }
        check("max tokens", stored.maxTokens, maxTokens) { optional($0) }
        check("seed", stored.seed, seed) { optional($0) }
        check("judge retries", stored.judgeRetries, judgeRetries) { "\($0)" }
        check("template", stored.template, template, text)
        if stored.template == template {
            check("template sha256", stored.templateSHA256, templateSHA256) { String($0.prefix(12)) }
        }
        return out
    }

    /// The file's bytes: indented JSON through the toolkit's one writer, keys in
    /// declaration order.
    public func encoded() throws(RunError) -> Data {
        do {
            return Data((JSONWriter.write(try JSONValueEncoder.encode(self), indent: 2) + "\n").utf8)
        } catch {
            throw RunError.runFolder(path: RunFolderFiles.manifest, message: "cannot encode the run manifest: \(error)")
        }
    }
}
