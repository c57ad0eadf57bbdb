public import YAMLSource

/// Reads `dataset.yaml`.
public enum DatasetConfigLoader {
    /// The file name looked for in a dataset folder.
    public static let fileName = "dataset.yaml"

    /// Decodes a loaded `dataset.yaml`. Problems with its fields come back as
    /// messages with positions, for the caller to report; decoding never fails outright.
    public static func decode(_ root: Node, path: String) -> (DatasetConfig, [SchemaProblem]) {
        var problems = SchemaChecker.check(root, against: CaseSchema.dataset)
        var domains: [Domain] = []
        for pair in root["domains"]?.mapping ?? [] {
            guard let id = pair.key.scalar?.text else { continue }
            let zh = CaseDecoder.text(pair.value["zh"])?.value ?? id
            domains.append(Domain(id: id, zhLabel: zh))
        }
        if root["domains"]?.mapping?.isEmpty == true, let node = root["domains"] {
            problems.append(SchemaProblem(.emptyText, "domains lists no domain", at: node.start))
        }
        let config = DatasetConfig(
            name: CaseDecoder.text(root["name"])?.value,
            version: CaseDecoder.text(root["version"])?.value,
            language: CaseDecoder.text(root["language"])?.value,
            turnsPerCase: CaseDecoder.integer(root["turns_per_case"])?.value,
            domains: domains,
            path: path)
        return (config, problems)
    }
}
