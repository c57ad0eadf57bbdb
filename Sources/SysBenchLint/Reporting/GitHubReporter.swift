/// GitHub Actions workflow commands, so findings show as annotations on the pull request:
/// `::error file=F,line=L,col=C,title=rule-id::message`, then the summary as a plain line.
public struct GitHubReporter: Reporter {
    /// Makes the reporter.
    public init() {}

    /// Nothing comes before the first file.
    public func begin() -> String { "" }

    /// Each diagnostic of the file, in source order.
    public func report(_ file: LintedFile) -> String {
        var out = ""
        for diagnostic in file.diagnostics {
            out += "::\(diagnostic.severity.rawValue) file=\(Self.property(diagnostic.file)),line=\(diagnostic.line),col=\(diagnostic.column),title=\(Self.property(diagnostic.rule))::\(Self.data(diagnostic.message))\n"
        }
        return out
    }

    /// The summary line.
    public func end(_ summary: LintSummary) -> String {
        summary.sentence + "\n"
    }

    /// GitHub's escaping of a command's message.
    static func data(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// GitHub's escaping of a command's property value, which also escapes `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
