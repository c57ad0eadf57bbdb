import Foundation
import KitSupport
import Testing

@Suite struct ScratchFileTests {
    @Test func readsBackWhatWasWrittenAndLeavesNoFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scratch = try ScratchFile(in: folder)
        // More than the 64 KiB buffer, so reads cross the flushed part and the buffer.
        for index in 0..<3000 { try scratch.append((0..<32).map { UInt8(truncatingIfNeeded: index &+ $0) }) }
        #expect(scratch.count == 96_000)
        #expect(try scratch.read(at: 32 * 2999, count: 32) == (0..<32).map { UInt8(truncatingIfNeeded: 2999 + $0) })
        #expect(try scratch.read(at: 32 * 7, count: 2) == [7, 8])
        try scratch.append([1, 2, 3])
        #expect(try scratch.read(at: 96_000, count: 3) == [1, 2, 3])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func namesTheFolderItCannotWriteTo() {
        #expect(throws: AtomicFileWriter.Failure.self) { try ScratchFile(in: "/no/such/folder") }
    }
}
