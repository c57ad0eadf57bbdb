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
    ///
    /// A file with bytes that are not UTF-8, or a NUL byte, gives that one problem,
    /// whatever else is wrong with it. libyaml checks the encoding as it reads, but
    /// names only a byte offset, so `EncodingCheck` finds the problem again to name its
    /// line and column. It runs only when loading failed: libyaml accepts a subset of
    /// what the check does, so a file it read to the end has no such problem. The one
    /// exception is a UTF-16 byte-order mark, which libyaml would follow; such a file
    /// is checked first.
    public static func parse(_ bytes: [UInt8]) throws(YAMLLoadError) -> Node {
        if bytes.first == 0xFE || bytes.first == 0xFF, let problem = EncodingCheck.firstProblem(in: bytes) {
            throw YAMLLoadError([problem])
        }
        var result: Result<Node, YAMLLoadError> = .failure(YAMLLoadError([]))
        bytes.withUnsafeBufferPointer { buffer in
            var builder = TreeBuilder(source: buffer)
            result = builder.run()
        }
        if case .failure = result, let problem = EncodingCheck.firstProblem(in: bytes) {
            throw YAMLLoadError([problem])
        }
        return try result.get()
    }

    /// Parses UTF-8 text.
    public static func parse(_ text: String) throws(YAMLLoadError) -> Node {
        try parse(Array(text.utf8))
    }
}

/// Turns the event stream into nodes. One instance parses one source.
///
/// Finished nodes wait on one flat stack (`children`) until the collection holding them
/// ends; each open collection only records where its children begin. Ending a
/// collection moves its children out in one slice, without copying them. (A stack of
/// enum frames that owned their arrays copied or re-boxed an array on every event: pop,
/// append, push back.)
private struct TreeBuilder: ~Copyable {
    /// A sequence or mapping whose end event has not come yet.
    private struct Open {
        var start: Mark
        var isMapping: Bool
        /// Where the collection's children begin in `children`. A mapping's children
        /// alternate key, value, key, value.
        var first: Int
        /// The mapping's keys as a set, made only once it holds more than
        /// `linearKeyLimit` of them; smaller mappings (nearly all) are scanned.
        var keySet: Set<String>?
    }

    /// Up to this many keys, a repeated key is found by scanning the keys before it,
    /// which is cheaper than hashing them.
    private static let linearKeyLimit = 8

    private let source: UnsafeBufferPointer<UInt8>
    private var open: [Open] = []
    private var children = NodeStack(capacity: 64)
    private var root: Node?
    private var errors: [YAMLError] = []
    private var documents = 0

    init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
        open.reserveCapacity(16)
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
            try push(isMapping: false, at: start)
        case YAML_MAPPING_START_EVENT:
            try checkAnchor(event.data.mapping_start.anchor, at: start)
            _ = try checkTag(event.data.mapping_start.tag, at: start)
            try push(isMapping: true, at: start)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let collection = open.popLast() else { return }
            let node: Node
            if collection.isMapping {
                node = Node(.mapping(children.popPairs(from: collection.first)), start: collection.start, end: end)
            } else {
                node = Node(.sequence(children.popNodes(from: collection.first)), start: collection.start, end: end)
            }
            try add(node)
        default:
            break
        }
    }

    private mutating func push(isMapping: Bool, at mark: Mark) throws(Stop) {
        guard open.count < YAMLParser.maxDepth else {
            try report(YAMLError(.tooDeep, "collections nested deeper than \(YAMLParser.maxDepth) levels", at: mark))
            throw Stop()
        }
        open.append(Open(start: mark, isMapping: isMapping, first: children.count, keySet: nil))
    }

    /// Attaches a finished node to the collection being built, or makes it the root.
    private mutating func add(_ node: consuming Node) throws(Stop) {
        guard let top = open.last else {
            root = node
            return
        }
        // In a mapping, an even number of children so far means this node is a key.
        if top.isMapping, (children.count - top.first) % 2 == 0 {
            if case .scalar(let scalar) = node.content {
                if scalar.style == .plain, scalar.text == "<<" {
                    try report(YAMLError(.anchorOrAlias, "merge key '<<' is not allowed: write the keys out", at: node.start))
                } else if isRepeatedKey(scalar.text) {
                    try report(YAMLError(.duplicateKey, "duplicate key '\(scalar.text)'", at: node.start))
                }
            } else {
                try report(YAMLError(.complexKey, "a mapping key must be a scalar, not \(node.kindDescription)", at: node.start))
            }
        }
        children.push(node)
    }

    /// Whether the innermost mapping already has the key `text`, noting it when not.
    /// Merge keys and complex keys are reported on their own and never count.
    private mutating func isRepeatedKey(_ text: String) -> Bool {
        let last = open.count - 1
        if open[last].keySet != nil {
            return !(open[last].keySet?.insert(text).inserted ?? true)
        }
        let first = open[last].first
        var keys = 0
        var index = first
        while index < children.count {
            if let key = children.countedKey(at: index) {
                if key == text { return true }
                keys += 1
            }
            index += 2
        }
        if keys >= Self.linearKeyLimit {
            var set = Set<String>(minimumCapacity: keys * 2)
            index = first
            while index < children.count {
                if let key = children.countedKey(at: index) { set.insert(key) }
                index += 2
            }
            set.insert(text)
            open[last].keySet = set
        }
        return false
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

/// The builder's stack of finished nodes, in memory of its own so that ending a
/// collection moves its nodes out: taken from an array, each node was copied (a retain
/// of every string and array in it) and the original then destroyed (a release of each).
private struct NodeStack: ~Copyable {
    private var base: UnsafeMutablePointer<Node>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    mutating func push(_ node: consuming Node) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: node)
        count += 1
    }

    /// Moves the nodes from `first` on out, in order.
    mutating func popNodes(from first: Int) -> [Node] {
        let moving = count - first
        let nodes = [Node](unsafeUninitializedCapacity: moving) { buffer, initialized in
            if moving > 0 { buffer.baseAddress!.moveInitialize(from: base + first, count: moving) }
            initialized = moving
        }
        count = first
        return nodes
    }

    /// Moves the nodes from `first` on out as key and value pairs. A key left without a
    /// value (impossible from libyaml) is dropped.
    mutating func popPairs(from first: Int) -> [Node.Pair] {
        var pairs: [Node.Pair] = []
        pairs.reserveCapacity((count - first) / 2)
        var index = first
        while index + 1 < count {
            pairs.append(Node.Pair(key: (base + index).move(), value: (base + index + 1).move()))
            index += 2
        }
        if index < count { (base + index).deinitialize(count: 1) }
        count = first
        return pairs
    }

    /// The text of the key at `index` when it takes part in duplicate detection: a
    /// scalar other than a plain merge key `<<`.
    func countedKey(at index: Int) -> String? {
        guard case .scalar(let scalar) = base[index].content else { return nil }
        if scalar.style == .plain, scalar.text == "<<" { return nil }
        return scalar.text
    }
}
