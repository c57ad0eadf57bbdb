internal import CYAML

/// Loads one YAML document into a `Node` tree through libyaml's event API.
///
/// The builder keeps its own stack instead of recursing, so depth is bounded by
/// `maxDepth` rather than by the thread's stack. Aliases are never expanded (they are
/// errors), so an alias bomb costs nothing. The source must be UTF-8; it is checked
/// before libyaml sees it so the error can name the line and column.
public enum YAMLParser {
    /// The deepest nesting of sequences and mappings accepted. Case files need about six.
    public static let maxDepth = 64
    /// Structural errors collected before loading gives up on a file.
    public static let maxErrors = 20

    /// Parses `bytes` (UTF-8) into the root node of its single document.
    public static func parse(_ bytes: [UInt8]) throws(YAMLLoadError) -> Node {
        if let problem = EncodingCheck.firstProblem(in: bytes) {
            throw YAMLLoadError([problem])
        }
        var result: Result<Node, YAMLLoadError> = .failure(YAMLLoadError([]))
        bytes.withUnsafeBufferPointer { buffer in
            var builder = TreeBuilder(source: buffer)
            result = builder.run()
        }
        return try result.get()
    }

    /// Parses UTF-8 text.
    public static func parse(_ text: String) throws(YAMLLoadError) -> Node {
        try parse(Array(text.utf8))
    }
}

/// Turns the event stream into nodes. One instance parses one source.
private struct TreeBuilder {
    private enum Frame {
        case sequence(start: Mark, items: [Node])
        case mapping(start: Mark, pairs: [Node.Pair], pendingKey: Node?, seen: Set<String>)
    }

    private let source: UnsafeBufferPointer<UInt8>
    private var stack: [Frame] = []
    private var root: Node?
    private var errors: [YAMLError] = []
    private var documents = 0

    init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
    }

    private struct Stop: Error {}

    mutating func run() -> Result<Node, YAMLLoadError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLLoadError([YAMLError(.syntax, "libyaml could not start (out of memory)", at: .start)]))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, source.baseAddress, source.count)

        var event = yaml_event_t()
        do {
            loop: while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    errors.append(syntaxError(parser))
                    throw Stop()
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break loop }
                try handle(event)
            }
        } catch {
            return .failure(YAMLLoadError(errors))
        }
        if documents == 0 {
            errors.append(YAMLError(.empty, "the file holds no YAML document", at: .start))
        }
        if !errors.isEmpty { return .failure(YAMLLoadError(errors)) }
        guard let root else {
            return .failure(YAMLLoadError([YAMLError(.empty, "the file holds no YAML document", at: .start)]))
        }
        return .success(root)
    }

    private mutating func handle(_ event: yaml_event_t) throws(Stop) {
        let start = Self.mark(event.start_mark)
        let end = Self.mark(event.end_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                try report(YAMLError(.multipleDocuments, "a case file holds one YAML document; this is a second one", at: start))
                throw Stop()
            }
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            try report(YAMLError(.anchorOrAlias, "alias '*\(name)' is not allowed: write the value out", at: start))
            try add(Node(.scalar(Scalar(text: "")), start: start, end: end))
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            try checkAnchor(data.anchor, at: start)
            let tag = try checkTag(data.tag, at: start)
            let text = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
            try add(Node(.scalar(Scalar(text: text, style: Self.style(data.style), tag: tag)), start: start, end: end))
        case YAML_SEQUENCE_START_EVENT:
            try checkAnchor(event.data.sequence_start.anchor, at: start)
            _ = try checkTag(event.data.sequence_start.tag, at: start)
            try push(.sequence(start: start, items: []), at: start)
        case YAML_MAPPING_START_EVENT:
            try checkAnchor(event.data.mapping_start.anchor, at: start)
            _ = try checkTag(event.data.mapping_start.tag, at: start)
            try push(.mapping(start: start, pairs: [], pendingKey: nil, seen: []), at: start)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            switch frame {
            case .sequence(let from, let items):
                try add(Node(.sequence(items), start: from, end: end))
            case .mapping(let from, let pairs, _, _):
                try add(Node(.mapping(pairs), start: from, end: end))
            }
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame, at mark: Mark) throws(Stop) {
        guard stack.count < YAMLParser.maxDepth else {
            try report(YAMLError(.tooDeep, "collections nested deeper than \(YAMLParser.maxDepth) levels", at: mark))
            throw Stop()
        }
        stack.append(frame)
    }

    /// Attaches a finished node to the collection being built, or makes it the root.
    private mutating func add(_ node: Node) throws(Stop) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(let start, var items):
            items.append(node)
            stack.append(.sequence(start: start, items: items))
        case .mapping(let start, var pairs, let pendingKey, var seen):
            if let key = pendingKey {
                pairs.append(Node.Pair(key: key, value: node))
                stack.append(.mapping(start: start, pairs: pairs, pendingKey: nil, seen: seen))
                return
            }
            if let scalar = node.scalar {
                if scalar.style == .plain, scalar.text == "<<" {
                    try report(YAMLError(.anchorOrAlias, "merge key '<<' is not allowed: write the keys out", at: node.start))
                } else if !seen.insert(scalar.text).inserted {
                    try report(YAMLError(.duplicateKey, "duplicate key '\(scalar.text)'", at: node.start))
                }
            } else {
                try report(YAMLError(.complexKey, "a mapping key must be a scalar, not \(node.kindDescription)", at: node.start))
            }
            stack.append(.mapping(start: start, pairs: pairs, pendingKey: node, seen: seen))
        }
    }

    private mutating func checkAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, at mark: Mark) throws(Stop) {
        guard let name = Self.string(anchor) else { return }
        try report(YAMLError(.anchorOrAlias, "anchor '&\(name)' is not allowed: case files spell every value out", at: mark))
    }

    private static let coreTags: Set<String> = [
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq",
        "tag:yaml.org,2002:map",
    ]

    private mutating func checkTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at mark: Mark) throws(Stop) -> String? {
        guard let name = Self.string(tag) else { return nil }
        if Self.coreTags.contains(name) { return name }
        try report(YAMLError(.tag, "tag '\(name)' is not allowed: only YAML core tags such as !!str are", at: mark))
        return nil
    }

    private mutating func report(_ error: YAMLError) throws(Stop) {
        errors.append(error)
        if errors.count >= YAMLParser.maxErrors { throw Stop() }
    }

    private func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = Self.string(parser.problem) ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a mark.
            let mark = EncodingCheck.mark(ofByte: parser.problem_offset, in: source)
            return YAMLError(.encoding, problem, at: mark)
        }
        let context = Self.string(parser.context)
        return YAMLError(
            .syntax, problem, at: Self.mark(parser.problem_mark),
            context: context, contextMark: context == nil ? nil : Self.mark(parser.context_mark))
    }

    private static func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(line: mark.line + 1, column: mark.column + 1)
    }

    private static func string(_ pointer: UnsafePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        string(UnsafePointer(pointer))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
