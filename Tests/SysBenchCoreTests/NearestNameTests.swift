import Testing
@testable import SysBenchCore

@Suite struct NearestNameTests {
    private let turnFields = ["id", "user", "alignment", "depends_on", "checklist", "reference"]

    @Test func suggestsTheClosestKnownName() {
        #expect(NearestName.find("usr", among: turnFields) == "user")
        #expect(NearestName.find("dependson", among: turnFields) == "depends_on")
        #expect(NearestName.find("Checklist", among: turnFields) == "checklist")
        #expect(NearestName.find("allignment", among: turnFields) == "alignment")
    }

    @Test func countsATranspositionAsOneEdit() {
        #expect(NearestName.editDistance(Array("uesr"), Array("user")) == 1)
        #expect(NearestName.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(NearestName.editDistance([], Array("abc")) == 3)
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(NearestName.find("answer", among: turnFields) == nil)
        #expect(NearestName.find("x", among: ["id"]) == nil)
    }
}
