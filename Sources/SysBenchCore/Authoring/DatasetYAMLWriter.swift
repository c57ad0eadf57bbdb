public import YAMLSource

/// Writes `dataset.yaml` through libyaml's emitter, after a short header comment.
public enum DatasetYAMLWriter {
    /// The file's text for `config` (its name, version, language, turn count and domains).
    public static func text(_ config: DatasetConfig, header: String) throws(YAMLEmitterError) -> String {
        let out = try YAMLEmitter()
        try out.streamStart()
        try out.documentStart()
        try out.mappingStart()
        for (key, value) in [("name", config.name), ("version", config.version), ("language", config.language)] {
            guard let value else { continue }
            try out.scalar(key)
            try out.scalar(value)
        }
        if let turns = config.turnsPerCase {
            try out.scalar("turns_per_case")
            try out.scalar(String(turns), style: .plain)
        }
        try out.scalar("domains")
        try out.mappingStart()
        for domain in config.domains {
            try out.scalar(domain.id)
            try out.mappingStart(style: .flow)
            try out.scalar("zh")
            try out.scalar(domain.zhLabel)
            try out.mappingEnd()
        }
        try out.mappingEnd()
        try out.mappingEnd()
        try out.documentEnd()
        try out.streamEnd()
        let comment = header.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "#" : "# \($0)" }.joined(separator: "\n")
        return comment + "\n\n" + out.text
    }
}
