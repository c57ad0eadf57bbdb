import Foundation
import Testing
@testable import SysBenchScore

@Suite struct InputFormatTests {
    @Test func detection() {
        let detect = { (path: String, text: String) in
            InputFormat.detect(path: path, isDirectory: false, prefix: Data(text.utf8))
        }
        #expect(detect("a_eval.json", "  \n[{") == .sysbench)
        #expect(detect("results.jsonl", "{\"case\"") == .results)
        #expect(detect("weird.json", "{\"case\"") == .results)   // content wins
        #expect(detect("run.txt", "\u{FEFF}[") == .sysbench)      // byte order mark skipped
        #expect(detect("run.jsonl", "") == .results)
        #expect(detect("run.json", "") == .sysbench)
        #expect(detect("run.txt", "hello") == nil)
        #expect(InputFormat.detect(path: "run", isDirectory: true, prefix: Data()) == .results)
    }

    @Test func loadsARunFolderAndNamesItAfterTheFolder() throws {
        let line = #"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[{"id":1,"type":"role","verdict":"是"}]}"#
        let file = try Fixtures.temporaryFile(line + "\n", name: "results.jsonl")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let folder = file.deletingLastPathComponent()
        let run = try RunLoader.load(path: folder.path)
        #expect(run.model == folder.lastPathComponent)
        #expect(run.sessions.count == 1)
        #expect(try RunLoader.load(path: file.path).model == "results")
    }

    @Test func overrideBeatsDetection() throws {
        let line = #"{"case":"a","mode":"parallel","turn":1,"alignment":"aligned","items":[]}"#
        let file = try Fixtures.temporaryFile(line, name: "odd.txt")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(try RunLoader.load(path: file.path, format: .results).sessions.count == 1)
        #expect(throws: ScoreInputError.self) { try RunLoader.load(path: file.path, format: .sysbench) }
    }

    @Test func unreadableInputs() throws {
        let missing = "/nonexistent/run_eval.json"
        #expect(throws: ScoreInputError(path: missing, message: "no such file or directory")) {
            try RunLoader.load(path: missing)
        }
        let empty = try Fixtures.temporaryFile(" \n", name: "empty.json")
        defer { try? FileManager.default.removeItem(at: empty.deletingLastPathComponent()) }
        #expect(throws: ScoreInputError(path: empty.path, message: "the file is empty")) {
            try RunLoader.load(path: empty.path)
        }
        let folder = empty.deletingLastPathComponent().path
        #expect(throws: ScoreInputError(path: folder, message: "not a run folder: no results.jsonl in it")) {
            try RunLoader.load(path: folder)
        }
        let text = try Fixtures.temporaryFile("hello", name: "notes.txt")
        defer { try? FileManager.default.removeItem(at: text.deletingLastPathComponent()) }
        #expect(throws: ScoreInputError.self) { try RunLoader.load(path: text.path) }
    }
}
