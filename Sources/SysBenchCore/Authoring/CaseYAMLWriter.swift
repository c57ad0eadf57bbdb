import CaseSchemaFile
public import YAMLSource

/// Writes a record as a case file through libyaml's emitter.
///
/// Keys follow FORMAT.md §2's order; multi-line text becomes a `|` block when that
/// keeps it exact; checklist ids are left out (they are positions); `language` is left
/// out when it equals the dataset's default. The schema modeline comes first so editors
/// offer completion (libyaml cannot write comments, so it is written by hand).
public enum CaseYAMLWriter {
    /// The comment that points editors at the case schema: from a file in `cases/` to
    /// the copy every dataset holds (`schema/case.schema.json`, written by `init`,
    /// `new` and `import`), so it resolves wherever the dataset folder is.
    public static let modeline = "# yaml-language-server: $schema=../\(CaseSchemaFile.datasetPath)\n"

    /// The file's text.
    public static func text(_ record: ReleaseRecord, defaultLanguage: String?) throws(YAMLEmitterError) -> String {
        let out = try YAMLEmitter()
        try out.streamStart()
        try out.documentStart()
        try out.mappingStart()
        try pair(out, "id", record.id)
        if let systemId = record.systemId { try pair(out, "system_id", String(systemId), style: .plain) }
        if let language = record.language, language != defaultLanguage { try pair(out, "language", language) }
        try pair(out, "domain", record.domain)
        if let scene = record.scene { try pair(out, "scene", scene) }
        try pair(out, "mode", record.mode.rawValue)
        try out.scalar("system")
        try out.mappingStart()
        try pair(out, "text", record.systemText)
        if !record.constraints.isEmpty {
            try out.scalar("constraints")
            try out.sequenceStart()
            for constraint in record.constraints {
                try out.mappingStart()
                try pair(out, "id", constraint.id)
                try pair(out, "type", constraint.type.rawValue)
                if let quote = constraint.quote { try pair(out, "quote", quote) }
                if let note = constraint.note { try pair(out, "note", note) }
                try out.mappingEnd()
            }
            try out.sequenceEnd()
        }
        try out.mappingEnd()
        try out.scalar("turns")
        try out.sequenceStart()
        for turn in record.turns {
            try out.mappingStart()
            try pair(out, "id", turn.id)
            try pair(out, "user", turn.user)
            try pair(out, "alignment", turn.alignment.rawValue)
            if !turn.dependsOn.isEmpty {
                try out.scalar("depends_on")
                try out.sequenceStart(style: .flow)
                for id in turn.dependsOn { try out.scalar(id) }
                try out.sequenceEnd()
            }
            try out.scalar("checklist")
            try out.sequenceStart()
            for item in turn.checklist {
                try out.mappingStart()
                try pair(out, "type", item.type.rawValue)
                try pair(out, "text", item.text)
                if let constraint = item.constraint { try pair(out, "constraint", constraint) }
                if let check = item.check {
                    try out.scalar("check")
                    try writeCheck(check, to: out)
                }
                if item.writesVerify { try pair(out, "verify", item.verify.rawValue) }
                try out.mappingEnd()
            }
            try out.sequenceEnd()
            if let reference = turn.reference { try pair(out, "reference", reference) }
            try out.mappingEnd()
        }
        try out.sequenceEnd()
        try out.mappingEnd()
        try out.documentEnd()
        try out.streamEnd()
        return modeline + out.text
    }

    private static func pair(_ out: YAMLEmitter, _ key: String, _ value: String,
                             style: YAMLEmitter.ScalarStyle = .auto) throws(YAMLEmitterError) {
        try out.scalar(key)
        try out.scalar(value, style: style)
    }
}
