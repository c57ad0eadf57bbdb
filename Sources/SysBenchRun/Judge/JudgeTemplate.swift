import Foundation
import KitSupport
import Mustache

/// A parsed Mustache judge template.
public struct JudgeTemplate: Sendable {
    /// Where it came from: `builtin:en`, `builtin:zh` or a file path.
    public let name: String
    /// The template text.
    public let text: String
    private let template: MustacheTemplate

    /// Parses `text`.
    public init(name: String, text: String) throws(RunError) {
        do {
            template = try MustacheTemplate(string: text)
        } catch {
            throw RunError.template(path: name, message: "not a usable judge template: \(error)")
        }
        self.name = name
        self.text = text
    }

    /// Reads and parses a template file.
    public static func load(path: String) throws(RunError) -> JudgeTemplate {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RunError.template(path: path, message: "cannot read the judge template as UTF-8")
        }
        return try JudgeTemplate(name: path, text: text)
    }

    /// The judge prompt for `context`.
    public func render(_ context: JudgeContext) -> String {
        template.render(context.mustacheValue)
    }
}

/// Which template judges which case: one file for all, or the project's own English
/// and Chinese templates chosen by each case's `language` (English by default).
public struct JudgeTemplates: Sendable {
    private let custom: JudgeTemplate?
    private let english: JudgeTemplate
    private let chinese: JudgeTemplate

    /// The built-in pair.
    public static func builtin() throws(RunError) -> JudgeTemplates {
        JudgeTemplates(
            custom: nil,
            english: try JudgeTemplate(name: "builtin:en", text: BuiltinTemplates.english),
            chinese: try JudgeTemplate(name: "builtin:zh", text: BuiltinTemplates.chinese))
    }

    /// One user template for every case.
    public static func file(_ template: JudgeTemplate) throws(RunError) -> JudgeTemplates {
        let builtin = try builtin()
        return JudgeTemplates(custom: template, english: builtin.english, chinese: builtin.chinese)
    }

    /// The template for a case written in `language`.
    public func template(forLanguage language: String?) -> JudgeTemplate {
        if let custom { return custom }
        let isChinese = language.map { $0.lowercased().hasPrefix("zh") } ?? false
        return isChinese ? chinese : english
    }

    /// `builtin` or the file path, for run.json.
    public var manifestName: String { custom?.name ?? "builtin" }

    /// sha256 of the template text (both texts for the built-in pair).
    public var sha256: String {
        let text = custom?.text ?? (english.text + "\u{0}" + chinese.text)
        return SHA256Hex.digest(Data(text.utf8))
    }
}
