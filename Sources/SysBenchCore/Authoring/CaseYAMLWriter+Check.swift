import YAMLSource

extension CaseYAMLWriter {
    /// Writes a check as one flow mapping, `{count: chars, less_than: 400}`, keys in the
    /// order of the record form.
    static func writeCheck(_ check: Check, to out: YAMLEmitter) throws(YAMLEmitterError) {
        try out.mappingStart(style: .flow)
        switch check {
        case .count(let unit, let bounds):
            try out.scalar("count")
            try out.scalar(unit.rawValue, style: .plain)
            for entry in bounds.entries {
                try out.scalar(entry.key)
                try out.scalar(String(entry.value), style: .plain)
            }
        case .contains(let list), .containsAny(let list), .excludes(let list):
            try out.scalar(check.kindName)
            try out.sequenceStart(style: .flow)
            for text in list { try out.scalar(text) }
            try out.sequenceEnd()
        case .startsWith(let text), .endsWith(let text), .matches(let text):
            try out.scalar(check.kindName)
            try out.scalar(text)
        case .json:
            try out.scalar("json")
            try out.scalar("true", style: .plain)
        }
        try out.mappingEnd()
    }
}
