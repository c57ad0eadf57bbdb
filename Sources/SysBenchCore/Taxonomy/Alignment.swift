/// Whether a user turn agrees with the system message or pulls against it.
public enum Alignment: String, CaseIterable, Sendable, Codable {
    case aligned, misaligned

    /// The SysBench release's spelling: `align` or `misalign`.
    public var sysbenchLabel: String {
        switch self {
        case .aligned: "align"
        case .misaligned: "misalign"
        }
    }

    /// Accepts the case-file id or the SysBench spelling.
    public init?(label: String) {
        switch label {
        case "aligned", "align": self = .aligned
        case "misaligned", "misalign": self = .misaligned
        default: return nil
        }
    }
}
