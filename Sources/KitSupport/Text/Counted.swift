/// A count with its noun in the right number: `1 item`, `2 items`, `0 items`.
public enum Counted {
    /// `count` and its noun (`noun(count, singular, plural:)`).
    public static func phrase(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + noun(count, singular, plural: plural)
    }

    /// `singular` when count is 1, else `plural` (default: `singular` + "s"): for
    /// counts written another way (`1,234 items`).
    public static func noun(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        count == 1 ? singular : plural ?? singular + "s"
    }
}
