import Foundation
import SysBenchCore
@testable import SysBenchScore

/// Paths and small builders shared by the tests.
enum Fixtures {
    /// `shared/sysbench`, beside the package root (three levels above this file).
    static let sysbench: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/sysbench").standardizedFileURL

    /// A turn from verdict texts, all items of type `content` unless given.
    static func turn(
        _ index: Int, _ verdicts: [String], alignment: Alignment = .aligned,
        types: [ConstraintType]? = nil, judgeFailure: Bool = false
    ) -> ScoredTurn {
        let items = verdicts.enumerated().map { offset, raw in
            ScoredItem(id: String(offset + 1), type: types?[offset] ?? .content, verdict: Verdict(raw: raw))
        }
        return ScoredTurn(index: index, alignment: alignment, items: items, judgeFailure: judgeFailure)
    }

    /// A session whose turns have these verdicts, turn positions 1…n.
    static func session(_ id: Int, _ mode: Mode = .parallel, _ turns: [[String]]) -> ScoredSession {
        ScoredSession(systemID: id, mode: mode, turns: turns.enumerated().map { turn($0.offset + 1, $0.element) })
    }

    /// A temporary file holding `text`; removed by the caller.
    static func temporaryFile(_ text: String, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sysbench-score-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }
}
