import KitSupport
import Testing

@Suite struct PathListTests {
    @Test func givesBackEachPathAsAppended() {
        let paths = ["cases/b.yaml", "a.yaml", "cases/deeper/c.yml", "/abs/d.yaml", "cases/é.yaml", ""]
        let list = PathList(paths)
        #expect(list.count == 6)
        #expect(Array(list) == paths)
        #expect(list[2] == "cases/deeper/c.yml")
    }

    @Test func keepsFoldersThatAreCanonicallyEqualApart() {
        // "é" composed and decomposed are == as Strings but two folders on disk.
        let paths = ["\u{E9}/a.yaml", "e\u{301}/a.yaml", "\u{91CF}/b.yaml", "\u{F97E}/b.yaml"]
        let list = PathList(paths)
        #expect(list.map { Array($0.utf8) } == paths.map { Array($0.utf8) })
        #expect(list.sortedUnique(by: .name).count == 4)
    }

    @Test func sortsByNameThenPathAndDropsRepeats() {
        let list = PathList(["z/b.yaml", "a/b.yaml", "y/a-b.yaml", "a/b.yaml", "x/a.yaml"])
        // By name: "a-b.yaml" < "a.yaml" ("-" is 0x2D, "." is 0x2E) < "b.yaml"; the two
        // b.yaml by path; the repeated a/b.yaml once.
        #expect(Array(list.sortedUnique(by: .name)) == ["y/a-b.yaml", "x/a.yaml", "a/b.yaml", "z/b.yaml"])
    }

    @Test func sortsByStemLikeCaseIds() {
        let list = PathList(["c/a-b.yaml", "c/a.yml", "c/a.yaml", "c/b"])
        // Stems: a-b, a, a, b. Id "a" before "a-b"; the two "a" files by path.
        #expect(Array(list.sortedUnique(by: .stem)) == ["c/a.yaml", "c/a.yml", "c/a-b.yaml", "c/b"])
    }

    @Test func ordersWholePathsByteByByte() {
        let list = PathList(["cases/b.yaml", "cases-x/a.yaml", "cases/a.yaml", "dataset.yaml"])
        #expect(list.permutation(by: .path).map { list[Int($0)] } == ["cases-x/a.yaml", "cases/a.yaml", "cases/b.yaml", "dataset.yaml"])
    }

    @Test func aFolderComingBackIsTheSameFolderAndSortsWithIt() {
        let list = PathList(["x/b.yaml", "y/a.yaml", "x/a.yaml", "x/b.yaml"])
        #expect(Array(list) == ["x/b.yaml", "y/a.yaml", "x/a.yaml", "x/b.yaml"])
        #expect(Array(list.sortedUnique(by: .path)) == ["x/a.yaml", "x/b.yaml", "y/a.yaml"])
    }

    @Test func bytesAboveASCIISortAfterItAndAPrefixFirst() {
        // "é" is C3 A9 in UTF-8, after "z" (7A); "ab" before "abc".
        let list = PathList(["c/\u{E9}.yaml", "c/z.yaml", "c/abc.yaml", "c/ab.yaml"])
        #expect(Array(list.sortedUnique(by: .stem)) == ["c/ab.yaml", "c/abc.yaml", "c/z.yaml", "c/\u{E9}.yaml"])
    }
}
