import CaseSchemaFile
import Foundation
import KitSupport

/// A new dataset folder, as `sysbench-kit init` writes it: a commented `dataset.yaml`
/// (the 22 SysBench domains, five turns a case), an empty `cases/`, a README stub and
/// the case schema the case files' modeline points at.
public enum DatasetScaffold {
    /// Why the folder could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible, ToolErrorConvertible {
        /// The file or folder concerned.
        public var path: String
        /// What is wrong with it.
        public var message: String

        /// `path: message`.
        public var description: String { "\(path): \(message)" }
        /// The failure as one located error value.
        public var toolErrors: [ToolError] { [ToolError(file: path, message: message)] }
    }

    /// The paths written, relative to the dataset folder, in the order they are written.
    public static let files = [DatasetConfigLoader.fileName, "README.md", CaseSchemaFile.datasetPath]

    /// Writes a new dataset into `folder`, which must be missing or empty.
    public static func write(into folder: String, name: String, language: String) throws(Failure) {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder), !existing.isEmpty {
            throw Failure(path: folder, message: "folder is not empty; init writes a new dataset only into a missing or empty folder")
        }
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw Failure(path: folder, message: "exists and is not a folder")
        }
        do {
            try manager.createDirectory(atPath: folder + "/cases", withIntermediateDirectories: true)
        } catch {
            throw Failure(path: folder + "/cases", message: "cannot create the folder: \(error.localizedDescription)")
        }
        try write(Array(configText(name: name, language: language).utf8), to: folder + "/" + DatasetConfigLoader.fileName)
        try write(Array(readmeText(name: name).utf8), to: folder + "/README.md")
        try writeSchema(into: folder)
    }

    /// Writes the case schema to `folder`/schema/case.schema.json, creating the folder.
    /// Returns false, writing nothing, when the file exists with the same bytes.
    @discardableResult
    public static func writeSchema(into folder: String) throws(Failure) -> Bool {
        let path = folder + "/" + CaseSchemaFile.datasetPath
        if let current = FileManager.default.contents(atPath: path), [UInt8](current) == CaseSchemaFile.bytes { return false }
        let schemaFolder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: schemaFolder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: schemaFolder, message: "cannot create the folder: \(error.localizedDescription)")
        }
        try write(CaseSchemaFile.bytes, to: path)
        return true
    }

    /// The commented `dataset.yaml` of a new dataset named `name`, in `language`.
    public static func configText(name: String, language: String) -> String {
        let width = Domain.sysbench.map(\.id.count).max() ?? 0
        let domains = Domain.sysbench.map { domain in
            "  \(domain.id):" + String(repeating: " ", count: width - domain.id.count) + " {zh: \(domain.zhLabel)}"
        }.joined(separator: "\n")
        return """
            # \(name): a SysBench-style dataset (sysbench-kit FORMAT.md §1).
            #
            # This file describes the folder it sits in. Each case is one YAML file in
            # cases/, named after its id: `sysbench-kit new ID` writes one to fill in, and
            # `sysbench-kit lint` checks them all. A case's mode is parallel (turns are
            # independent questions) or dependent (each turn builds on the ones before);
            # both kinds may be mixed in one dataset.

            # The dataset's name and version, copied into the release's manifest.json.
            name: \(yamlScalar(name))
            version: 0.1.0
            # What the dataset is for (optional).
            # description: ""
            # The language of cases that do not name one: en or zh.
            language: \(language)
            # Every case must have exactly this many turns (SysBench uses 5). Remove the
            # line to allow any number.
            turns_per_case: 5

            # The closed list of domains a case's `domain:` is checked against: the 22
            # of SysBench (arXiv 2408.10943). The key is the slug written in case files;
            # `zh` is the label of the SysBench release format, used by import and export.
            domains:
            \(domains)

            """
    }

    /// The README stub of a new dataset.
    public static func readmeText(name: String) -> String {
        """
        # \(name)

        A SysBench-style benchmark of how well models follow system messages, authored
        with sysbench-kit.

        - `dataset.yaml`: name, version, default language, turns per case, domains.
        - `cases/`: one YAML file per case (`sysbench-kit new ID --dataset .` writes one).
        - `\(CaseSchemaFile.datasetPath)`: the JSON Schema editors use for completion;
          every case file's first line points at it.

        Check and build:

            sysbench-kit lint .
            sysbench-kit build . --out build

        """
    }

    /// `name` as a YAML scalar: plain when it is safe, else double-quoted.
    private static func yamlScalar(_ text: String) -> String {
        let plain = text.range(of: "^[A-Za-z0-9][A-Za-z0-9._-]*$", options: .regularExpression) != nil
        if plain { return text }
        return JSONValue.string(text).compactText
    }

    private static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        do {
            let file = try AtomicFileWriter(path: path)
            try file.write(bytes)
            try file.commit(durable: false)
        } catch {
            throw Failure(path: error.path, message: error.message)
        }
    }
}
