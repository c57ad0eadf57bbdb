import Testing
import YAMLSource
@testable import SysBenchLint

@Suite struct FirstSeenTableTests {
    @Test func returnsTheFirstSightingOfARepeatedKey() {
        var table = FirstSeenTable()
        let keys = (0..<1000).map { UInt32($0 * 7) }
        for (file, key) in keys.enumerated() {
            #expect(table.firstOrRecord(check: key, file: file, mark: Mark(line: file + 1, column: 3)) { _ in true } == nil)
        }
        let first = table.firstOrRecord(check: 7 * 500, file: 1000, mark: Mark(line: 1, column: 1)) { _ in true }
        #expect(first?.file == 500)
        #expect(first?.mark == Mark(line: 501, column: 3))
    }

    @Test func asksIsSameOnEqualChecksAndKeepsLookingWhenItSaysNo() {
        var table = FirstSeenTable()
        // Three keys with one check: the second and third are different keys.
        let keyOfFile = ["x", "y", "z"]
        for file in 0..<3 {
            let found = table.firstOrRecord(check: 42, file: file, mark: Mark(line: 1, column: 1)) { keyOfFile[$0] == keyOfFile[file] }
            #expect(found == nil)
        }
        let again = table.firstOrRecord(check: 42, file: 3, mark: Mark(line: 1, column: 1)) { keyOfFile[$0] == "z" }
        #expect(again?.file == 2)
    }

    @Test func keepsMarksThatDoNotPack() {
        var table = FirstSeenTable()
        let far = Mark(line: 2_000_000, column: 5000)
        _ = table.firstOrRecord(check: 1, file: 0, mark: far) { _ in true }
        #expect(table.firstOrRecord(check: 1, file: 1, mark: .start) { _ in true }?.mark == far)
    }

    @Test func reservingKeepsWhatWasRecorded() {
        var table = FirstSeenTable()
        for file in 0..<20 { _ = table.firstOrRecord(check: UInt32(file), file: file, mark: .start) { _ in true } }
        table.reserve(100_000)
        for file in 0..<20 { #expect(table.firstOrRecord(check: UInt32(file), file: 99, mark: .start) { _ in true }?.file == file) }
    }
}
