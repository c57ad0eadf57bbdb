/// `case.schema.json`, the JSON Schema of a case file, as built into the tool.
///
/// This folder's `case.schema.json` is the one copy in the repository: SwiftPM embeds
/// its bytes at build time (`.embedInCode` in Package.swift), so `init`, `new` and
/// `import` write into each dataset exactly the file the repository holds.
public enum CaseSchemaFile {
    /// Where a dataset keeps the schema, relative to the dataset folder.
    public static let datasetPath = "schema/case.schema.json"

    /// The schema's bytes, as in `schemas/case.schema.json`.
    public static var bytes: [UInt8] { PackageResources.case_schema_json }
}
