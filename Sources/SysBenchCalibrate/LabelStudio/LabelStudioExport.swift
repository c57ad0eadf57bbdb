import Foundation
import KitSupport

/// Reads Label Studio's JSON export of a project made from ``LabelStudioTasks`` into
/// ``LabelRecord``s, which ``LabelCollector`` checks and groups by annotator as it does
/// every label file.
///
/// Each task's `data` holds the item key; each annotation's `result[].value.choices`
/// holds the label; the annotator is the annotation's `completed_by`, named
/// `labelstudio:ID`, or the e-mail when the export carries one (`{"id": 1, "email": …}`).
/// Cancelled (skipped) annotations and annotations without a choice give no label.
public enum LabelStudioExport {
    /// Reads the export at `path`.
    public static func read(path: String) throws(LabelFileError) -> [LabelRecord] {
        let data: Data
        do {
            data = Data(try FileReader.bytes(atPath: path))
        } catch {
            throw LabelFileError(path: path, message: "cannot read: \(error.reason)")
        }
        return try records(data: data, path: path)
    }

    /// Reads an export's bytes; `path` only names the file in errors. Records come in
    /// task order, annotations in export order.
    public static func records(data: Data, path: String) throws(LabelFileError) -> [LabelRecord] {
        let tasks: [Task]
        do {
            tasks = try JSONDecoder().decode([Task].self, from: data)
        } catch let error as DecodingError {
            if case .typeMismatch(_, let context) = error, context.codingPath.isEmpty {
                throw LabelFileError(path: path, message: "not a Label Studio JSON export: expected an array of tasks")
            }
            throw LabelFileError(path: path, message: error.labelFileMessage)
        } catch {
            throw LabelFileError(path: path, message: "not valid JSON")
        }
        var records: [LabelRecord] = []
        for (index, task) in tasks.enumerated() {
            let name = task.id.map { "task \($0)" } ?? "task [\(index)]"
            guard let caseID = task.data.caseID, let turn = task.data.turn?.value, let item = task.data.item?.value else {
                throw LabelFileError(
                    path: path, message: "\(name) has no case, turn and item in its data: not a sysbench-kit sample")
            }
            let key = ItemKey(caseID: caseID, turn: turn, item: item)
            let place = "case \(caseID) turn \(turn) item \(item)"
            for annotation in task.annotations ?? [] where annotation.wasCancelled != true {
                let words = (annotation.result ?? []).flatMap { $0.value?.choices ?? [] }
                guard let word = words.first else { continue }
                guard words.count == 1 else {
                    throw LabelFileError(path: path, message: "\(words.count) choices in one annotation for \(place)")
                }
                guard let label = Label(personText: word) else {
                    throw LabelFileError(
                        path: path,
                        message: "unknown label \"\(word)\" for \(place) (expected yes, no or not applicable)")
                }
                let rater = annotation.completedBy?.raterName ?? "labelstudio:unknown"
                records.append(LabelRecord(annotator: rater, key: key, label: label, path: path))
            }
        }
        return records
    }

    private struct Task: Decodable {
        var id: Int?
        var data: TaskData
        var annotations: [Annotation]?
    }

    private struct TaskData: Decodable {
        var caseID: String?
        var turn: Whole?
        var item: Whole?

        enum CodingKeys: String, CodingKey {
            case caseID = "case", turn, item
        }
    }

    /// A whole number, also when written as a string (a task imported from CSV).
    private struct Whole: Decodable {
        var value: Int?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                value = number
            } else {
                value = Int(try container.decode(String.self))
            }
        }
    }

    private struct Annotation: Decodable {
        var completedBy: Annotator?
        var wasCancelled: Bool?
        var result: [Result]?

        enum CodingKeys: String, CodingKey {
            case completedBy = "completed_by", wasCancelled = "was_cancelled", result
        }
    }

    private struct Result: Decodable {
        var value: Value?
    }

    private struct Value: Decodable {
        var choices: [String]?
    }

    /// `completed_by`: a user id, or a user object that may carry an e-mail.
    private struct Annotator: Decodable {
        var id: Int?
        var email: String?

        enum CodingKeys: String, CodingKey {
            case id, email
        }

        init(from decoder: any Decoder) throws {
            if let number = try? decoder.singleValueContainer().decode(Int.self) {
                id = number
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(Int.self, forKey: .id)
            email = try container.decodeIfPresent(String.self, forKey: .email)
        }

        var raterName: String {
            if let email, !email.isEmpty { return email }
            return id.map { "labelstudio:\($0)" } ?? "labelstudio:unknown"
        }
    }
}
