import Foundation
@testable import SysBenchRun

/// Small release JSONL fixtures written for these tests (FORMAT.md §5 layout).
enum Fixtures {
    static let lines = [
        #"{"id":"alpha-travel","system_id":1,"language":"en","domain":"travel","scene":"city guide","mode":"parallel","system":{"text":"You only give advice about Wuhan.","constraints":[{"id":"C1","type":"action","quote":"only give advice about Wuhan"}]},"turns":[{"id":"t1","user":"What should I see in Beijing?","alignment":"misaligned","depends_on":[],"checklist":[{"id":1,"type":"action","text":"Declines and steers back to Wuhan","constraint":"C1"}],"reference":"Sorry, I only cover Wuhan."},{"id":"t2","user":"Where do I eat near the bridge?","alignment":"aligned","depends_on":[],"checklist":[{"id":1,"type":"content","text":"Mentions hot dry noodles"},{"id":2,"type":"format","text":"Uses a short list"}]}]}"#,
        #"{"id":"beta-tutor","system_id":2,"language":"zh","domain":"education","scene":"数学辅导","mode":"dependent","system":{"text":"你是一名数学老师，只用中文回答。","constraints":[]},"turns":[{"id":"t1","user":"二加二等于几？","alignment":"aligned","depends_on":[],"checklist":[{"id":1,"type":"content","text":"给出正确答案"}],"reference":"四。"},{"id":"t2","user":"再乘以三呢？","alignment":"aligned","depends_on":["t1"],"checklist":[{"id":1,"type":"content","text":"给出十二"},{"id":2,"type":"style","text":"语气友好"}],"reference":""},{"id":"t3","user":"Answer in English please.","alignment":"misaligned","depends_on":["t2"],"checklist":[{"id":1,"type":"role","text":"坚持使用中文"}]}]}"#,
        #"{"id":"gamma-legal","domain":"law","mode":"parallel","system":{"text":"You are a careful legal assistant. Never give medical advice."},"turns":[{"id":"t1","user":"Can I break my lease early?","alignment":"aligned","depends_on":[],"checklist":[{"id":1,"type":"content","text":"Explains typical early-termination options"},{"id":2,"type":"background","text":"Stays within legal topics"},{"id":3,"type":"style","text":"Careful, hedged tone"}]}]}"#,
    ]

    static var jsonl: String { lines.joined(separator: "\n") + "\n" }

    static func release() throws -> ReleaseFile {
        try ReleaseFile.decode(Data(jsonl.utf8), path: "fixture.jsonl")
    }

    /// Total turns of the fixture.
    static let turnCount = 6

    /// A fresh temporary folder.
    static func temporaryDirectory(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "sysbench-run-tests-\(safe)-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes the fixture into `directory` and returns its path.
    static func writeDataset(in directory: String) throws -> String {
        let path = directory + "/dataset.jsonl"
        try Data(jsonl.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The package root: three levels up from this file (Tests/SysBenchRunTests/Support).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package root.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
}
