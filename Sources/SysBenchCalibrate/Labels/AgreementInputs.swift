import Foundation
import KitSupport
import SysBenchScore

/// The inputs of `calibrate agree`, told apart by content and extension, and the report
/// they make.
///
/// Either a sample (its folder or its `sample.json`) with label files — `items.csv`
/// filled in (`.csv`), `label.html` exports (`labels.json`), Label Studio JSON exports —
/// or two or more runs (run folders, results `.jsonl`, SysBench `*_eval.json`) for
/// judge against judge.
public enum AgreementInputs {
    /// What one input is.
    public enum Kind: Sendable, Hashable {
        /// A sample folder or its `sample.json`; the path is the `sample.json` file.
        case sample(String)
        /// A filled-in `items.csv`.
        case itemsCSV
        /// A `label.html` export.
        case labelsFile
        /// A Label Studio JSON export.
        case labelStudioExport
        /// A run any reader of `score` reads.
        case run
    }

    /// Decides what the input at `path` is.
    public static func kind(path: String) throws(CalibrationError) -> Kind {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CalibrationError(path: path, message: "no such file or folder")
        }
        if isDirectory.boolValue {
            let manifest = URL(fileURLWithPath: path).appendingPathComponent(SampleFolder.manifestFile).path
            if manager.fileExists(atPath: manifest) { return .sample(manifest) }
            if manager.fileExists(atPath: URL(fileURLWithPath: path).appendingPathComponent(RunFolderFiles.results).path) {
                return .run
            }
            throw CalibrationError(path: path, message: "neither a sample folder (no sample.json) nor a run folder")
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": return .itemsCSV
        case "jsonl", "ndjson": return .run
        default: break
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CalibrationError(path: path, message: "cannot read the file")
        }
        let prefix = String(decoding: handle.readData(ofLength: 8192), as: UTF8.self)
        try? handle.close()
        let first = prefix.first { !$0.isWhitespace && $0 != "\u{FEFF}" }
        if first == "{" {
            if prefix.contains(SampleManifest.formatName) { return .sample(path) }
            if prefix.contains(LabelsFile.format) { return .labelsFile }
            if prefix.contains("\"judge_failure\"") || prefix.contains("\"items\"") { return .run }
        } else if first == "[" {
            if prefix.contains("\"rounds_related\"") || prefix.contains("\"system_id\"") { return .run }
            return .labelStudioExport
        }
        throw CalibrationError(
            path: path,
            message: "not a sample, a label file (items.csv, labels.json, a Label Studio export) or a run")
    }

    /// The report of `paths`; the bootstrap gives the intervals.
    public static func report(paths: [String], bootstrap: BootstrapSettings) throws(CalibrationError) -> AgreementReport {
        var samples: [String] = []
        var labelFiles: [(String, Kind)] = []
        var runs: [String] = []
        for path in paths {
            let kind = try kind(path: path)
            switch kind {
            case .sample(let manifest): samples.append(manifest)
            case .run: runs.append(path)
            default: labelFiles.append((path, kind))
            }
        }
        if samples.isEmpty {
            guard labelFiles.isEmpty else {
                throw CalibrationError(
                    path: labelFiles[0].0, message: "labels need their sample: give the sample folder too")
            }
            guard runs.count >= 2 else {
                throw CalibrationError(message: "give a sample folder with label files, or two runs (judge against judge)")
            }
            return try judgeAgainstJudge(runs: runs, bootstrap: bootstrap)
        }
        guard samples.count == 1 else {
            throw CalibrationError(path: samples[1], message: "one sample at a time (the first was \(samples[0]))")
        }
        guard runs.isEmpty else {
            throw CalibrationError(
                path: runs[0], message: "runs are compared with each other, not with a sample's labels; give them alone")
        }
        return try people(sample: samples[0], files: labelFiles, bootstrap: bootstrap)
    }

    /// People against the sample's judge (and each other).
    static func people(
        sample path: String, files: [(String, Kind)], bootstrap: BootstrapSettings
    ) throws(CalibrationError) -> AgreementReport {
        let data: [UInt8]
        do {
            data = try FileReader.bytes(atPath: path)
        } catch {
            throw CalibrationError(path: path, message: "cannot read: \(error.reason)")
        }
        let manifest = try SampleManifest.read(String(decoding: data, as: UTF8.self), path: path)
        let sampleID = SHA256Hex.digest(data)
        var records: [LabelRecord] = []
        for (file, kind) in files {
            do {
                switch kind {
                case .itemsCSV:
                    let text: [UInt8]
                    do {
                        text = try FileReader.bytes(atPath: file)
                    } catch {
                        throw CalibrationError(path: file, message: "cannot read: \(error.reason)")
                    }
                    let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                    records += try ItemsCSV.read(String(decoding: text, as: UTF8.self), path: file, defaultAnnotator: name)
                case .labelsFile:
                    let labels = try LabelsFile.read(path: file)
                    guard labels.sample == sampleID else {
                        throw CalibrationError(
                            path: file, message: "the labels are for another sample (\(labels.sample.prefix(12)), "
                                + "not \(sampleID.prefix(12)))")
                    }
                    records += labels.records
                case .labelStudioExport:
                    records += try LabelStudioExport.read(path: file)
                default:
                    break
                }
            } catch let error as LabelFileError {
                throw CalibrationError(path: error.path, message: error.message)
            } catch let error as CalibrationError {
                throw error
            } catch {
                throw CalibrationError(path: file, message: "\(error)")
            }
        }
        let people = try LabelCollector.collect(records, sample: Set(manifest.items.map(\.key)))
        return AgreementReport(items: manifest.items, people: people, judges: [manifest.judgeLabels], bootstrap: bootstrap)
    }

    /// The judges of two or more runs on the items they share; refuses runs whose answers differ.
    static func judgeAgainstJudge(runs paths: [String], bootstrap: BootstrapSettings) throws(CalibrationError) -> AgreementReport {
        var items: [CalibrationItem] = []
        var seen = Set<ItemKey>()
        var judges: [RaterLabels] = []
        var firstAnswers: [ItemKey: String] = [:]
        for (index, path) in paths.enumerated() {
            let run: JudgedTurns
            do {
                run = try JudgedTurnLoader.load(path: path)
            } catch {
                throw CalibrationError(path: error.path, line: error.line, message: error.message)
            }
            let answers = RunItems.answers(run)
            if index == 0 {
                firstAnswers = answers
            } else {
                try AnswerMatch.check(firstAnswers, answers, firstPath: paths[0], secondPath: path)
            }
            for item in RunItems.items(run) where seen.insert(item.key).inserted {
                items.append(item.calibrationItem)
            }
            judges.append(RunItems.judgeLabels(run))
        }
        let judged = judges.reduce(into: Set<ItemKey>()) { $0.formUnion($1.labels.keys) }
        return AgreementReport(
            items: items.filter { judged.contains($0.key) }, people: [], judges: judges, bootstrap: bootstrap)
    }
}
