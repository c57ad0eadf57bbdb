/// The six constraint types of the SysBench taxonomy.
///
/// The raw value is the id used in case files and release records; `zhLabel` is the
/// label the SysBench release and its judges use.
public enum ConstraintType: String, CaseIterable, Sendable, Codable, Comparable {
    case action, content, background, role, format, style

    /// The SysBench data's label for this type, for example `动作约束`.
    public var zhLabel: String {
        switch self {
        case .action: "动作约束"
        case .content: "内容约束"
        case .background: "背景约束"
        case .role: "角色约束"
        case .format: "格式约束"
        case .style: "风格约束"
        }
    }

    /// Looks a type up by its id (`action`) or its zh label (`动作约束`).
    public init?(label: String) {
        if let byId = ConstraintType(rawValue: label) {
            self = byId
        } else if let byZh = ConstraintType.allCases.first(where: { $0.zhLabel == label }) {
            self = byZh
        } else {
            return nil
        }
    }

    /// The position in the paper's order: action, content, background, role, format, style.
    private var order: Int {
        switch self {
        case .action: 0
        case .content: 1
        case .background: 2
        case .role: 3
        case .format: 4
        case .style: 5
        }
    }

    public static func < (lhs: ConstraintType, rhs: ConstraintType) -> Bool {
        lhs.order < rhs.order
    }
}
