internal import CYAML

/// Writes YAML through libyaml's emitter, one event at a time.
///
/// Set up for files people read and diff: characters are written as they are
/// (unicode on), lines are never folded, indentation is two spaces and documents carry
/// no `---` or `...` markers. Scalars written with `.auto` get the most readable style
/// that reads back as exactly the same string (see `ScalarStyle.auto`).
///
/// One instance writes one stream: call `streamStart()`, then documents, then
/// `streamEnd()`, then read `bytes` or `text`. The libyaml handle is owned here and
/// freed in `deinit`.
public final class YAMLEmitter {
    /// How a scalar is written.
    public enum ScalarStyle: Sendable {
        /// Plain when a plain scalar keeps its meaning as a string (not `no`, `123`,
        /// `~`, an empty text …), a `|` block literal for multi-line text that survives
        /// one, double quotes otherwise. Every string reads back unchanged.
        case auto
        /// Unquoted, as given. libyaml quotes it anyway when plain would not parse.
        case plain
        case singleQuoted
        case doubleQuoted
        /// A `|` block. libyaml falls back to double quotes when a block cannot hold the text.
        case literal
    }

    /// How a sequence or mapping is written.
    public enum CollectionStyle: Sendable {
        /// Indented, one entry per line.
        case block
        /// On one line: `[a, b]` or `{k: v}`.
        case flow
    }

    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let output: OutputBuffer
    private var failure: YAMLEmitterError?
    private var codec = AstralCodec()

    /// Collects what libyaml writes.
    private final class OutputBuffer {
        var bytes: [UInt8] = []
    }

    /// Makes an emitter that writes into memory.
    public init() throws(YAMLEmitterError) {
        emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        output = OutputBuffer()
        guard yaml_emitter_initialize(emitter) == 1 else {
            emitter.deallocate()
            throw YAMLEmitterError(message: "libyaml could not start its emitter (out of memory)")
        }
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        let context = Unmanaged.passUnretained(output).toOpaque()
        yaml_emitter_set_output(emitter, { context, buffer, size in
            guard let context, let buffer else { return 0 }
            let sink = Unmanaged<OutputBuffer>.fromOpaque(context).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, context)
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    /// Everything written so far (complete once `streamEnd()` has returned).
    public var bytes: [UInt8] { codec.decode(output.bytes) }

    /// Everything written so far, as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Begins the stream (UTF-8).
    public func streamStart() throws(YAMLEmitterError) {
        var event = yaml_event_t()
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
        try emit(&event)
    }

    /// Ends the stream and flushes everything to `bytes`.
    public func streamEnd() throws(YAMLEmitterError) {
        var event = yaml_event_t()
        yaml_stream_end_event_initialize(&event)
        try emit(&event)
        guard yaml_emitter_flush(emitter) == 1 else { throw currentError("flushing") }
    }

    /// Begins a document without a `---` marker.
    public func documentStart() throws(YAMLEmitterError) {
        var event = yaml_event_t()
        yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
        try emit(&event)
    }

    /// Ends a document without a `...` marker.
    public func documentEnd() throws(YAMLEmitterError) {
        var event = yaml_event_t()
        yaml_document_end_event_initialize(&event, 1)
        try emit(&event)
    }

    /// Writes one scalar.
    public func scalar(_ text: String, style: ScalarStyle = .auto) throws(YAMLEmitterError) {
        let chosen = style == .auto ? ScalarStyleChooser.style(for: text) : style
        guard let encoded = codec.encode(text) else {
            throw YAMLEmitterError(message: "more than 6,399 distinct characters beyond U+FFFF in one stream")
        }
        var event = yaml_event_t()
        var utf8 = Array(encoded.utf8)
        let length = Int32(clamping: utf8.count)
        let status = utf8.withUnsafeMutableBufferPointer { buffer -> Int32 in
            // libyaml copies the value; an empty buffer still needs a valid pointer.
            var empty: UInt8 = 0
            let pointer = buffer.baseAddress ?? withUnsafeMutablePointer(to: &empty) { $0 }
            return yaml_scalar_event_initialize(
                &event, nil, nil, pointer, length, 1, 1, Self.libyamlStyle(chosen))
        }
        guard status == 1 else { throw YAMLEmitterError(message: "libyaml could not make a scalar event (out of memory)") }
        try emit(&event)
    }

    /// Begins a sequence.
    public func sequenceStart(style: CollectionStyle = .block) throws(YAMLEmitterError) {
        var event = yaml_event_t()
        let flow = style == .flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
        yaml_sequence_start_event_initialize(&event, nil, nil, 1, flow)
        try emit(&event)
    }

    /// Ends the sequence begun last.
    public func sequenceEnd() throws(YAMLEmitterError) {
        var event = yaml_event_t()
        yaml_sequence_end_event_initialize(&event)
        try emit(&event)
    }

    /// Begins a mapping; write keys and values alternately, then `mappingEnd()`.
    public func mappingStart(style: CollectionStyle = .block) throws(YAMLEmitterError) {
        var event = yaml_event_t()
        let flow = style == .flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
        yaml_mapping_start_event_initialize(&event, nil, nil, 1, flow)
        try emit(&event)
    }

    /// Ends the mapping begun last.
    public func mappingEnd() throws(YAMLEmitterError) {
        var event = yaml_event_t()
        yaml_mapping_end_event_initialize(&event)
        try emit(&event)
    }

    /// Hands the event to libyaml, which takes ownership of it whether or not it succeeds.
    private func emit(_ event: inout yaml_event_t) throws(YAMLEmitterError) {
        if let failure { throw failure }
        guard yaml_emitter_emit(emitter, &event) == 1 else {
            let error = currentError("emitting")
            failure = error
            throw error
        }
    }

    private func currentError(_ doing: String) -> YAMLEmitterError {
        let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
        return YAMLEmitterError(message: "libyaml failed while \(doing): \(problem)")
    }

    private static func libyamlStyle(_ style: ScalarStyle) -> yaml_scalar_style_t {
        switch style {
        case .auto, .plain: YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted: YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted: YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: YAML_LITERAL_SCALAR_STYLE
        }
    }
}
