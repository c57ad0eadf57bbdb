import Foundation
import Logging

/// Writes `run`'s log lines as `warning: …` sentences on standard error, first clearing
/// the progress line on a terminal so that the two never tear each other.
struct RunLogHandler: LogHandler {
    var logLevel: Logger.Level = .warning
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
        var text = "\(event.level >= .error ? "error" : event.level >= .warning ? "warning" : "note"): "
        if let caseID = all["case"] { text += "case \(caseID): " }
        text += "\(event.message)"
        if let error = all["error"] { text += ": \(error)" }
        let clear = isatty(2) == 1 ? "\r\u{1B}[K" : ""
        FileHandle.standardError.write(Data((clear + text + "\n").utf8))
    }
}
