import Testing
@testable import SysBenchLint

@Suite struct RuleSupportTests {
    /// The fast paths skip the Unicode tables for ASCII and most CJK text; for every
    /// scalar they must answer as the tables do.
    @Test func fastPathsAgreeWithTheUnicodeTablesForEveryScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            let blank = properties.isWhitespace || properties.generalCategory == .format
            if RuleSupport.isBlank(scalar) != blank || RuleSupport.isWhitespace(scalar) != properties.isWhitespace {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty)
    }
}
