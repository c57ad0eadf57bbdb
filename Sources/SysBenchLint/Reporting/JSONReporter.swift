import KitSupport
import SysBenchCore

/// The machine format, exactly:
/// `{"diagnostics":[{"file":…,"line":N,"column":N,"severity":…,"rule":…,"message":…}],"summary":{"files":N,"cases":N,"errors":N,"warnings":N}}`
/// written as one line, streamed diagnostic by diagnostic. When lint cannot run (a
/// missing path, an unreadable file) the object still closes, with the diagnostics
/// found so far and `"error":{"message":…}` before the summary. A broken `dataset.yaml`
/// is not such a case: its problems are diagnostics like any file's.
public struct JSONReporter: Reporter {
    private var wroteOne = false

    /// Makes the reporter.
    public init() {}

    /// Opens the object and its diagnostics array.
    public func begin() -> String { "{\"diagnostics\":[" }

    /// Each diagnostic as a JSON object, comma-separated across files.
    public mutating func report(_ file: LintedFile) -> String {
        var out = ""
        for diagnostic in file.diagnostics {
            if wroteOne { out += "," }
            wroteOne = true
            JSONWriter.write(.object([
                ("file", .string(diagnostic.file)),
                ("line", .int(diagnostic.line)),
                ("column", .int(diagnostic.column)),
                ("severity", .string(diagnostic.severity.rawValue)),
                ("rule", .string(diagnostic.rule)),
                ("message", .string(diagnostic.message)),
            ]), into: &out)
        }
        return out
    }

    /// Closes the array and adds the summary.
    public func end(_ summary: LintSummary) -> String {
        end(summary, error: nil)
    }

    /// Closes the array, adds `"error":{"message":…}` when lint could not run, then the summary.
    public func end(_ summary: LintSummary, error: String?) -> String {
        var out = "]"
        if let error {
            out += ",\"error\":"
            JSONWriter.write(.object([("message", .string(error))]), into: &out)
        }
        out += ",\"summary\":"
        JSONWriter.write(.object([
            ("files", .int(summary.files)),
            ("cases", .int(summary.cases)),
            ("errors", .int(summary.errors)),
            ("warnings", .int(summary.warnings)),
        ]), into: &out)
        return out + "}\n"
    }
}
