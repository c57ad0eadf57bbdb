import Testing
@testable import SysBenchCore

@Test func zhLabelsRoundTrip() {
    for type in ConstraintType.allCases {
        #expect(ConstraintType(label: type.zhLabel) == type)
        #expect(ConstraintType(label: type.rawValue) == type)
    }
    #expect(ConstraintType(label: "约束") == nil)
}
