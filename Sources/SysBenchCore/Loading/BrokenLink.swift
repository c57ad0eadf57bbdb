/// A symbolic link named like a case file (`*.yaml`, `*.yml`) that leads to no file:
/// its target is missing, or the links loop. The locator cannot list it as a case, and
/// leaving it out without a word would drop a case from the dataset unnoticed.
public struct BrokenLink: Sendable, Equatable {
    /// The link, in the form the user typed its folder (`dataset/cases/a.yaml`).
    public var path: String
    /// What the link points at, as it holds it; empty when it could not be read.
    public var target: String
    /// Why the target is not a file, ready to follow "which": "does not exist" …
    public var problem: String

    /// Makes a record of a broken link.
    public init(path: String, target: String, problem: String) {
        self.path = path
        self.target = target
        self.problem = problem
    }
}
