import Foundation
import KitSupport

/// Turns the SysBench release (a JSON array of sessions) into a dataset folder.
public enum SysBenchImporter {
    /// Why an import stopped.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String

        /// Makes a failure with its message.
        public init(_ description: String) {
            self.description = description
        }
    }

    /// Reads the sessions of a release file.
    public static func sessions(atPath path: String) throws(Failure) -> [SysBenchSession] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(try FileReader.bytes(atPath: path))
        } catch let error as FileReader.Failure {
            throw Failure(error.description)
        } catch {
            throw Failure("\(path):\(error)")
        }
        return try sessions(from: value, path: path)
    }

    /// Reads the sessions of a parsed release file.
    public static func sessions(from value: JSONValue, path: String) throws(Failure) -> [SysBenchSession] {
        guard case .array(let items) = value else { throw Failure("\(path): expected a JSON array of sessions") }
        // An empty release is a mistake (a wrong file, a failed download), never a dataset.
        guard !items.isEmpty else { throw Failure("\(path): the release holds no session (an empty array)") }
        var sessions: [SysBenchSession] = []
        sessions.reserveCapacity(items.count)
        for item in items {
            do {
                sessions.append(try SysBenchSession(json: item))
            } catch {
                throw Failure("\(path): \(error.message)")
            }
        }
        return sessions
    }

    /// Converts sessions into records. Ids come from `system_id` (`sysbench-001`),
    /// turns are `t1`…`tn`, a dependent session's turns each depend on the one before,
    /// empty references are dropped, and domain labels map to slugs through the
    /// SysBench taxonomy (an unknown label gets a new slug, reported in the notes).
    /// With `deriveChecks`, items that state the answer's length in SysBench's words get
    /// their check (`SysBenchLengthCheck`); checks are never exported back.
    public static func convert(_ sessions: [SysBenchSession], deriveChecks: Bool = true) -> SysBenchImport {
        var notes: [String] = []
        var slugs = Dictionary(Domain.sysbench.map { ($0.zhLabel, $0.id) }, uniquingKeysWith: { first, _ in first })
        var newDomains: [Domain] = []
        let width = max(3, String(sessions.map(\.systemId).max() ?? 0).count)
        var records: [ReleaseRecord] = []
        for session in sessions {
            let digits = String(session.systemId)
            let id = "sysbench-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
            if session.scene == nil {
                notes.append("\(id): scene (场景) is null; the case has no scene")
            }
            let slug: String
            if let known = slugs[session.domainLabel] {
                slug = known
            } else {
                slug = newSlug(for: session.domainLabel, taken: Set(slugs.values))
                slugs[session.domainLabel] = slug
                newDomains.append(Domain(id: slug, zhLabel: session.domainLabel))
                notes.append("\(id): domain '\(session.domainLabel)' is not one of SysBench's 22; added to dataset.yaml as '\(slug)'")
            }
            records.append(record(session, id: id, domain: slug, deriveChecks: deriveChecks))
        }
        let used = Set(records.map(\.domain))
        let domains = Domain.sysbench.filter { used.contains($0.id) } + newDomains
        let turnCounts = Set(records.map(\.turns.count))
        let config = DatasetConfig(
            name: "sysbench", version: "1.0.0", language: "zh",
            turnsPerCase: turnCounts.count == 1 ? turnCounts.first : nil, domains: domains)
        return SysBenchImport(records: records, config: config, notes: notes)
    }

    /// One session as a record, with derived checks when `deriveChecks`.
    public static func record(_ session: SysBenchSession, id: String, domain: String, deriveChecks: Bool = true) -> ReleaseRecord {
        let mode = Mode(roundsRelated: session.roundsRelated)
        let turns = session.turns.enumerated().map { index, turn in
            ReleaseRecord.Turn(
                id: "t\(index + 1)",
                user: turn.user,
                alignment: turn.alignment,
                dependsOn: mode == .dependent && index > 0 ? ["t\(index)"] : [],
                checklist: turn.criteria.enumerated().map { position, criterion in
                    let derived = deriveChecks ? SysBenchLengthCheck.derive(from: criterion.content) : nil
                    return ReleaseRecord.ChecklistItem(id: position + 1, type: criterion.type, text: criterion.content,
                                                       check: derived?.check, verify: derived?.verify)
                },
                reference: turn.assistant.isEmpty ? nil : turn.assistant)
        }
        return ReleaseRecord(
            id: id, systemId: session.systemId, domain: domain, scene: session.scene,
            mode: mode, systemText: session.systemPrompt, turns: turns)
    }

    /// A slug for a domain label outside the taxonomy: its ASCII letters and digits,
    /// or `domain-N` when it has none (a Chinese label), never one already taken.
    static func newSlug(for label: String, taken: Set<String>) -> String {
        var slug = ""
        for scalar in label.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "domain" }
        var candidate = slug == "domain" ? "domain-1" : slug
        var number = 1
        while taken.contains(candidate) {
            number += 1
            candidate = "\(slug)-\(number)"
        }
        return candidate
    }

    /// Writes the import as a dataset folder: `dataset.yaml` and `cases/<id>.yaml`.
    /// Refuses a folder that exists and holds anything, unless `force` (which writes
    /// over the files it makes and leaves any others alone).
    public static func write(_ result: SysBenchImport, to folder: String, force: Bool) throws(Failure) {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder), !existing.isEmpty, !force {
            throw Failure("\(folder): folder is not empty; pass --force to write into it anyway")
        }
        do {
            try manager.createDirectory(atPath: folder + "/cases", withIntermediateDirectories: true)
            let header = """
                The SysBench release (arXiv 2408.10943), imported by sysbench-kit \(ToolVersion.current).
                Each case in cases/ is one session; `sysbench-kit export sysbench` writes the release back.
                """
            let config = try DatasetYAMLWriter.text(result.config, header: header)
            try write(config, to: folder + "/" + DatasetConfigLoader.fileName)
            for record in result.records {
                let text = try CaseYAMLWriter.text(record, defaultLanguage: result.config.language)
                try write(text, to: "\(folder)/cases/\(record.id).yaml")
            }
            // The schema the cases' modeline points at, so it resolves in the new dataset.
            do {
                try DatasetScaffold.writeSchema(into: folder)
            } catch {
                throw Failure(error.description)
            }
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure("\(folder): cannot write: \(error)")
        }
    }

    private static func write(_ text: String, to path: String) throws(Failure) {
        do {
            let file = try AtomicFileWriter(path: path)
            try file.write(text)
            try file.commit(durable: false)
        } catch {
            throw Failure(error.description)
        }
    }
}
