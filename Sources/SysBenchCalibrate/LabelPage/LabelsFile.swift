import Foundation
import KitSupport
import SysBenchCore

/// The `labels.json` that `label.html` exports: one annotator's labels on one sample.
///
/// ```json
/// {"format": "sysbench-kit-labels", "version": 1, "sample": "<sample id>", "annotator": "alice",
///  "labels": [{"case": "sysbench-001", "turn": 1, "item": 2, "label": "yes"}]}
/// ```
///
/// Only items the annotator labelled are listed; `label` is `yes`, `no` or
/// `not applicable` (是 / 否 / 不适用 are read too).
public struct LabelsFile: Sendable, Equatable {
    /// The value of `format` that marks the file.
    public static let format = "sysbench-kit-labels"
    /// The only version written and read.
    public static let version = 1

    /// The sample the labels are for (the id the page was made with).
    public var sample: String
    /// The person who labelled: the rater's name.
    public var annotator: String
    /// Every label given, by item (the first when the file repeats an item).
    public var labels: [ItemKey: Label]
    /// Every label as the file lists it, repeats included, for ``LabelCollector`` (which
    /// refuses a repeat and a label outside the sample, as for every label file).
    public var records: [LabelRecord]

    /// Creates a file's contents.
    public init(sample: String, annotator: String, labels: [ItemKey: Label]) {
        self.sample = sample
        self.annotator = annotator
        self.labels = labels
        self.records = labels.keys.sorted().map { key in
            LabelRecord(annotator: annotator, key: key, label: labels[key] ?? .other, path: "")
        }
    }

    /// Two files are equal when they hold the same sample, annotator and labels.
    public static func == (lhs: LabelsFile, rhs: LabelsFile) -> Bool {
        lhs.sample == rhs.sample && lhs.annotator == rhs.annotator && lhs.labels == rhs.labels
    }

    /// The labels with the annotator as the rater (unchecked: ``records`` go through
    /// ``LabelCollector`` in `agree`).
    public var raterLabels: RaterLabels { RaterLabels(rater: annotator, labels: labels) }

    /// Reads and checks the file at `path`.
    public static func read(path: String) throws(LabelFileError) -> LabelsFile {
        let data: Data
        do {
            data = Data(try FileReader.bytes(atPath: path))
        } catch {
            throw LabelFileError(path: path, message: "cannot read: \(error.reason)")
        }
        return try LabelsFile(data: data, path: path)
    }

    /// Reads and checks a file's bytes; `path` only names the file in errors.
    public init(data: Data, path: String) throws(LabelFileError) {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch let error as DecodingError {
            throw LabelFileError(path: path, message: error.labelFileMessage)
        } catch {
            throw LabelFileError(path: path, message: "not valid JSON")
        }
        guard header.format == Self.format else {
            throw LabelFileError(path: path, message: "not a label.html export: \"format\" is not \"\(Self.format)\"")
        }
        guard header.version == Self.version else {
            throw LabelFileError(
                path: path, message: "labels version \(header.version.map(String.init) ?? "missing") is not \(Self.version)")
        }
        let body: Body
        do {
            body = try decoder.decode(Body.self, from: data)
        } catch let error as DecodingError {
            throw LabelFileError(path: path, message: error.labelFileMessage)
        } catch {
            throw LabelFileError(path: path, message: "not valid JSON")
        }
        let annotator = body.annotator.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !annotator.isEmpty else { throw LabelFileError(path: path, message: "the annotator's name is empty") }
        var labels: [ItemKey: Label] = [:]
        var records: [LabelRecord] = []
        for entry in body.labels {
            let key = ItemKey(caseID: entry.caseID, turn: entry.turn, item: entry.item)
            let where_ = "case \(entry.caseID) turn \(entry.turn) item \(entry.item)"
            guard let label = Label(personText: entry.label) else {
                throw LabelFileError(
                    path: path,
                    message: "unknown label \"\(entry.label)\" for \(where_) (expected yes, no or not applicable)")
            }
            if labels[key] == nil { labels[key] = label }
            records.append(LabelRecord(annotator: annotator, key: key, label: label, path: path))
        }
        self.init(sample: body.sample, annotator: annotator, labels: labels)
        self.records = records
    }

    /// The file's text, as `label.html` writes it: labels in item order, people's words
    /// (`not applicable` for `other`). For scripted annotators and tests.
    public func json() -> String {
        let entries: [JSONValue] = labels.keys.sorted().map { key in
            .object([
                ("case", .string(key.caseID)), ("turn", .int(key.turn)), ("item", .int(key.item)),
                ("label", .string(labels[key].map(Self.word) ?? "")),
            ])
        }
        let value = JSONValue.object([
            ("format", .string(Self.format)), ("version", .int(Self.version)), ("sample", .string(sample)),
            ("annotator", .string(annotator)), ("labels", .array(entries)),
        ])
        return JSONWriter.write(value, indent: 1) + "\n"
    }

    /// The word a person's label is written with: `yes`, `no` or `not applicable`.
    public static func word(_ label: Label) -> String {
        switch label {
        case .yes: "yes"
        case .no: "no"
        case .other: "not applicable"
        }
    }

    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    private struct Body: Decodable {
        var sample: String
        var annotator: String
        var labels: [Entry]
    }

    private struct Entry: Decodable {
        var caseID: String
        var turn: Int
        var item: Int
        var label: String

        enum CodingKeys: String, CodingKey {
            case caseID = "case", turn, item, label
        }
    }
}
