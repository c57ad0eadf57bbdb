import Foundation
import KitSupport
import Testing
@testable import SysBenchCore

@Suite struct DatasetLocatorTests {
    func scratch(_ name: String = #function) throws -> String {
        let path = NSTemporaryDirectory() + "locator-\(name.filter(\.isLetter))-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path + "/cases", withIntermediateDirectories: true)
        return path
    }

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func skipsHiddenFoldersAndFilesAndDatasetYAML() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write("name: d\n", root + "/dataset.yaml")
        try write("id: b\n", root + "/cases/b.yaml")
        try write("id: a\n", root + "/cases/deeper/a.yml")
        try write("id: h\n", root + "/.git/h.yaml")
        try write("id: h\n", root + "/cases/.hidden/h.yaml")
        try write("id: h\n", root + "/cases/.h.yaml")
        try write("not a case", root + "/cases/notes.txt")

        let groups = try DatasetLocator.locate([root])
        #expect(groups.count == 1)
        #expect(groups[0].configPath == root + "/dataset.yaml")
        // Sorted by file name, whatever the folder.
        #expect(Array(groups[0].files) == [root + "/cases/deeper/a.yml", root + "/cases/b.yaml"])
        #expect(groups[0].brokenLinks.isEmpty)
    }

    @Test func aLinkLoopEndsTheWalkAndIsReportedAsBroken() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write("id: a\n", root + "/cases/a.yaml")
        let manager = FileManager.default
        // A folder link back to its parent: not followed, so the walk ends.
        try manager.createSymbolicLink(atPath: root + "/cases/again", withDestinationPath: root + "/cases")
        // Two file links that point at each other, and one that leads nowhere.
        try manager.createSymbolicLink(atPath: root + "/cases/x.yaml", withDestinationPath: "y.yaml")
        try manager.createSymbolicLink(atPath: root + "/cases/y.yaml", withDestinationPath: "x.yaml")
        try manager.createSymbolicLink(atPath: root + "/cases/gone.yaml", withDestinationPath: "nowhere.yaml")
        // A link to a real case file counts as that file.
        try write("id: c\n", root + "/elsewhere/c.yaml")
        try manager.createSymbolicLink(atPath: root + "/cases/c.yaml", withDestinationPath: root + "/elsewhere/c.yaml")

        let groups = try DatasetLocator.locate([root + "/cases"])
        #expect(groups.count == 1)
        #expect(Array(groups[0].files) == [root + "/cases/a.yaml", root + "/cases/c.yaml"])
        let broken = groups[0].brokenLinks.map { "\(($0.path as NSString).lastPathComponent): \($0.problem)" }
        #expect(broken == [
            "gone.yaml: does not exist",
            "x.yaml: leads round a loop of links",
            "y.yaml: leads round a loop of links",
        ])
    }

    @Test func aMissingPathIsAnErrorValue() throws {
        #expect(throws: DatasetLocator.Failure.self) { try DatasetLocator.locate(["/no/such/place"]) }
        do {
            _ = try DatasetLocator.locate(["/no/such/place"])
        } catch {
            #expect(error.toolErrors == [ToolError(file: "/no/such/place", message: "no such file or folder")])
        }
    }
}
