/// The toolkit's version, written into manifests and printed by `--version`.
public enum ToolVersion {
    /// The version of this build of sysbench-kit.
    public static let current = "0.1.0"
    /// The tool's name as manifests record it.
    public static let name = "sysbench-kit"
}
