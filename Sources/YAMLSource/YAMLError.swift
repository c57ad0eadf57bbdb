/// A problem found while loading YAML, with where it is.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem; the linter maps each kind to a rule id.
    public enum Kind: String, Sendable, CaseIterable {
        /// libyaml could not parse the text.
        case syntax
        /// The bytes are not UTF-8, or hold a NUL byte.
        case encoding
        /// No document at all (only blank lines or comments).
        case empty
        /// A second `---` document.
        case multipleDocuments
        /// The same key twice in one mapping.
        case duplicateKey
        /// An anchor, an alias or a `<<` merge key: case files must spell data out.
        case anchorOrAlias
        /// A tag other than YAML's core ones.
        case tag
        /// A sequence or mapping used as a mapping key.
        case complexKey
        /// Collections nested deeper than the loader allows.
        case tooDeep
    }

    public var kind: Kind
    /// What is wrong, as a sentence fragment in lower case (libyaml's problem text for syntax errors).
    public var message: String
    /// Where the problem is.
    public var mark: Mark
    /// libyaml's context, for example "while parsing a block mapping", with its own position.
    public var context: String?
    public var contextMark: Mark?

    public init(_ kind: Kind, _ message: String, at mark: Mark, context: String? = nil, contextMark: Mark? = nil) {
        self.kind = kind
        self.message = message
        self.mark = mark
        self.context = context
        self.contextMark = contextMark
    }

    /// `line:col: message`, followed by libyaml's context when there is one.
    public var description: String {
        var text = "\(mark): \(message)"
        if let context {
            text += " (\(context)"
            if let contextMark { text += " at \(contextMark)" }
            text += ")"
        }
        return text
    }
}

/// Everything wrong with one YAML source. Loading stops at the first syntax or
/// encoding error; structural problems (duplicate keys, aliases, tags) are collected.
public struct YAMLLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// At least one error, in source order.
    public var errors: [YAMLError]

    public init(_ errors: [YAMLError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
