/// A domain a case belongs to: a slug used in case files and the SysBench zh label.
public struct Domain: Sendable, Hashable, Codable {
    public var id: String
    public var zhLabel: String

    public init(id: String, zhLabel: String) {
        self.id = id
        self.zhLabel = zhLabel
    }

    /// The 22 domains of the SysBench release, in the paper's order. They apply when a
    /// dataset has no `dataset.yaml`.
    public static let sysbench: [Domain] = [
        ("nlp", "NLP"), ("internet", "互联网"), ("media", "传媒"), ("healthcare", "医疗"),
        ("religion", "宗教玄学"), ("psychology", "心理情感"), ("real-estate", "房地产"),
        ("recruitment", "招聘"), ("government", "政务"), ("education", "教育"),
        ("culture", "文化娱乐"), ("travel", "旅游"), ("automobile", "汽车"), ("law", "法律"),
        ("gaming", "游戏"), ("technology", "科技数码"), ("cuisine", "美食"),
        ("sports", "运动健身"), ("general-work", "通用工作"), ("general-life", "通用生活"),
        ("finance", "金融"), ("other", "其他"),
    ].map { Domain(id: $0.0, zhLabel: $0.1) }
}
