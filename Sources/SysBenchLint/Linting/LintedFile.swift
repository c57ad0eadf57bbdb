/// One file's findings, handed to a reporter as soon as the file is done.
public struct LintedFile: Sendable {
    /// The file as displayed in diagnostics.
    public var path: String
    /// The file's bytes, for reporters that quote the source line.
    public var source: [UInt8]
    /// The findings, in source order.
    public var diagnostics: [Diagnostic]
    /// Whether the file loaded as a case (a YAML mapping).
    public var isCase: Bool

    /// Makes a result.
    public init(path: String, source: [UInt8], diagnostics: [Diagnostic], isCase: Bool) {
        self.path = path
        self.source = source
        self.diagnostics = diagnostics
        self.isCase = isCase
    }
}
