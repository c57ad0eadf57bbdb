import KitSupport
import SysBenchCore

/// `sample.json`: what was sampled from which run, so `agree` can check labels against
/// the sample and name the judge, and anyone can draw the same sample again.
///
/// ```json
/// {"format": "sysbench-kit calibration sample", "version": 1,
///  "run": {"path": "runs/gpt-4o", "sha256": "…", "judge_model": "gpt-4o"},
///  "seed": 7, "size": 150, "show_judge": false,
///  "items": [{"case": "sysbench-001", "turn": 1, "item": 2, "type": "format",
///             "alignment": "aligned", "judge": "是"}]}
/// ```
///
/// `judge` is the judge's raw verdict (null for a judge failure, which the sampler never
/// picks); `judge_model` is null when the run does not say. A seed above `Int.max` is
/// written as a decimal string, since the JSON writer holds integers as `Int`.
public struct SampleManifest: Sendable, Hashable {
    /// The `format` field's value.
    public static let formatName = "sysbench-kit calibration sample"
    /// The version this code writes and reads.
    public static let version = 1

    /// The run the sample was drawn from.
    public struct Run: Sendable, Hashable {
        /// The run as given on the command line.
        public var path: String
        /// The sha256 (lower-case hex) of the run's bytes, as the CLI computed it.
        public var sha256: String
        /// The judge model of the run, which names the judge rater (`judge:MODEL`).
        public var judgeModel: String?

        /// Creates the run's description.
        public init(path: String, sha256: String, judgeModel: String?) {
            self.path = path
            self.sha256 = sha256
            self.judgeModel = judgeModel
        }
    }

    /// Where the sample came from.
    public var run: Run
    /// The sampler's seed.
    public var seed: UInt64
    /// The requested size (the number of items).
    public var size: Int
    /// Whether annotators were shown the judge's verdict.
    public var showJudge: Bool
    /// The sampled items in sample order, with the judge's verdicts.
    public var items: [CalibrationItem]

    /// Creates a manifest.
    public init(run: Run, seed: UInt64, size: Int, showJudge: Bool, items: [CalibrationItem]) {
        self.run = run
        self.seed = seed
        self.size = size
        self.showJudge = showJudge
        self.items = items
    }

    /// The judge's labels on the sampled items (judge failures left out), named
    /// `judge:MODEL`, or `judge` when the run does not name its model.
    public var judgeLabels: RaterLabels {
        var labels: [ItemKey: Label] = [:]
        for item in items {
            if let label = item.judgeLabel { labels[item.key] = label }
        }
        return RaterLabels(rater: run.judgeModel.map(RaterNames.judge(model:)) ?? "judge", labels: labels)
    }

    /// The manifest as JSON, keys in the order documented above.
    public var json: JSONValue {
        .object([
            ("format", .string(Self.formatName)),
            ("version", .int(Self.version)),
            ("run", .object([
                ("path", .string(run.path)),
                ("sha256", .string(run.sha256)),
                ("judge_model", run.judgeModel.map(JSONValue.string) ?? .null),
            ])),
            ("seed", seed <= UInt64(Int.max) ? .int(Int(seed)) : .string(String(seed))),
            ("size", .int(size)),
            ("show_judge", .bool(showJudge)),
            ("items", .array(items.map { item -> JSONValue in
                .object([
                    ("case", .string(item.key.caseID)), ("turn", .int(item.key.turn)), ("item", .int(item.key.item)),
                    ("type", .string(item.type.rawValue)), ("alignment", .string(item.alignment.rawValue)),
                    ("judge", item.judge.map(JSONValue.string) ?? .null),
                ])
            })),
        ])
    }

    /// The file's text: the JSON indented by two spaces, ending with a newline.
    public var text: String { JSONWriter.write(json, indent: 2) + "\n" }

    /// Reads `sample.json`; `path` names the file in errors.
    public static func read(_ text: String, path: String) throws(CalibrationError) -> SampleManifest {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw CalibrationError(path: path, line: error.line, message: "not JSON: \(error.message)")
        }
        return try FieldReader(path: path).manifest(value)
    }
}

/// Picks the fields of `sample.json` apart, naming the one that is wrong.
private struct FieldReader {
    let path: String

    func fail(_ message: String) -> CalibrationError { CalibrationError(path: path, message: message) }

    func object(_ value: JSONValue, _ what: String) throws(CalibrationError) -> [String: JSONValue] {
        guard case .object(let pairs) = value else { throw fail("\(what) is not an object") }
        var fields: [String: JSONValue] = [:]
        for (key, item) in pairs where fields[key] == nil { fields[key] = item }
        return fields
    }

    func string(_ fields: [String: JSONValue], _ key: String, _ what: String) throws(CalibrationError) -> String {
        guard case .string(let text)? = fields[key] else { throw fail("\(what) has no string \"\(key)\"") }
        return text
    }

    func optionalString(_ fields: [String: JSONValue], _ key: String, _ what: String) throws(CalibrationError) -> String? {
        switch fields[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw fail("\(what) has a \"\(key)\" that is neither a string nor null")
        }
    }

    func int(_ fields: [String: JSONValue], _ key: String, _ what: String) throws(CalibrationError) -> Int {
        guard case .int(let number)? = fields[key] else { throw fail("\(what) has no integer \"\(key)\"") }
        return number
    }

    func manifest(_ value: JSONValue) throws(CalibrationError) -> SampleManifest {
        let top = try object(value, "the file")
        guard (try? string(top, "format", "")) == SampleManifest.formatName else {
            throw fail("not a calibration sample (\"format\" is not \"\(SampleManifest.formatName)\")")
        }
        let version = try int(top, "version", "the file")
        guard version == SampleManifest.version else {
            throw fail("sample version \(version) is not supported (this version reads \(SampleManifest.version))")
        }
        let runFields = try object(top["run"] ?? .null, "\"run\"")
        let run = SampleManifest.Run(
            path: try string(runFields, "path", "\"run\""), sha256: try string(runFields, "sha256", "\"run\""),
            judgeModel: try optionalString(runFields, "judge_model", "\"run\""))
        let seed: UInt64
        switch top["seed"] {
        case .int(let number)? where number >= 0: seed = UInt64(number)
        case .string(let text)?:
            guard let number = UInt64(text) else { throw fail("\"seed\" is not a seed: \"\(text)\"") }
            seed = number
        default: throw fail("the file has no \"seed\"")
        }
        let size = try int(top, "size", "the file")
        guard case .bool(let showJudge)? = top["show_judge"] else { throw fail("the file has no boolean \"show_judge\"") }
        guard case .array(let entries)? = top["items"] else { throw fail("the file has no \"items\" array") }
        var items: [CalibrationItem] = []
        var seen = Set<ItemKey>()
        for (offset, entry) in entries.enumerated() {
            let what = "items[\(offset)]"
            let fields = try object(entry, what)
            let key = ItemKey(
                caseID: try string(fields, "case", what), turn: try int(fields, "turn", what),
                item: try int(fields, "item", what))
            let typeText = try string(fields, "type", what)
            guard let type = ConstraintType(label: typeText) else { throw fail("\(what) has an unknown type \"\(typeText)\"") }
            let alignmentText = try string(fields, "alignment", what)
            guard let alignment = Alignment(label: alignmentText) else {
                throw fail("\(what) has an unknown alignment \"\(alignmentText)\"")
            }
            guard seen.insert(key).inserted else { throw fail("\(what) repeats \(key.readable)") }
            items.append(CalibrationItem(
                key: key, type: type, alignment: alignment, judge: try optionalString(fields, "judge", what)))
        }
        return SampleManifest(run: run, seed: seed, size: size, showJudge: showJudge, items: items)
    }
}
