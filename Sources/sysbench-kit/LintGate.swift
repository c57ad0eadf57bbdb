import SysBenchCore

/// Where `build` gets its lint check.
///
/// SEAM: the linter (SysBenchLint) is not in this branch yet. Until it is, this returns
/// nil and `build` checks only what a record needs; once merged, it returns a
/// `CaseValidator` that runs the lint rules on each case as the build reads it.
enum LintGate {
    static func validator() -> (any CaseValidator)? {
        nil
    }
}
