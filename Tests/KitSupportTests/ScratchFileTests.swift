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

    @Test func readsInAnyOrderAcrossBlocksAndAfterMoreIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scratch = try ScratchFile(in: folder)
        // Record k holds k's four bytes, little-endian: 200,000 bytes, some blocks' worth.
        func record(_ k: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: k >> (8 * $0)) } }
        for k in 0..<50_000 { try scratch.append(record(k)) }
        // Forward, backward, a record straddling the 65,536-byte block edge (16,383 is
        // bytes 65,532 to 65,535; 16,384 starts the next block read from 0), and the last.
        for k in [0, 1, 16_383, 16_384, 40_000, 3, 49_999, 16_383] {
            #expect(try scratch.read(at: 4 * k, count: 4) == record(k), "record \(k)")
        }
        // Bytes 65,534 to 65,537 straddle the two: the high half of 16,383 (00 00) and
        // the low half of 16,384 (00 40).
        #expect(try scratch.read(at: 65_534, count: 4) == [0x00, 0x00, 0x00, 0x40])
        // Bytes written after a block was read back are read back too.
        try scratch.append(record(50_000))
        #expect(try scratch.read(at: 4 * 49_999, count: 8) == record(49_999) + record(50_000))
    }

    @Test func namesTheFolderItCannotWriteTo() {
        #expect(throws: AtomicFileWriter.Failure.self) { try ScratchFile(in: "/no/such/folder") }
    }
}
