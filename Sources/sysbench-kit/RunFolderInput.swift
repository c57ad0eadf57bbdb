import Foundation
import SysBenchRun
import SysBenchScore

/// `score` and `report` on a run folder whose results file is missing or older than
/// its journal (a run in progress, or one stopped before it could rewrite the file):
/// the results are derived from the journal, in memory, and the user is told.
enum RunFolderInput {
    /// The input at `path`, located as ``RunLoader/locate(path:format:)`` does, except
    /// that a stale run folder's results come from its journal.
    static func locate(path: String, format: InputFormat?) throws -> RunFile {
        var isDirectory: ObjCBool = false
        guard format != .sysbench, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
              isDirectory.boolValue
        else { return try RunLoader.locate(path: path, format: format) }
        guard let snapshot = try RunFolderSnapshot.load(path: path) else {
            let file = try RunLoader.locate(path: path, format: format)
            let judged = file.data.filter { $0 == 0x0A }.count
            if let total = RunFolderSnapshot.totalTurns(path: path), judged < total {
                Terminal.note("\(path): partial run, \(judged) of \(total) turns judged")
            }
            return file
        }
        Terminal.note(
            "\(path): partial run, \(snapshot.judgedTurns) of \(snapshot.totalTurns) turns judged "
                + "(\(snapshot.reason); results derived from the journal)")
        guard snapshot.judgedTurns > 0 else {
            throw ScoreInputError(path: path, message: "no turn is judged yet")
        }
        return RunFile(
            path: URL(fileURLWithPath: path).appendingPathComponent(RunFolderFiles.results).path, format: .results,
            data: snapshot.results, fallbackModel: URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent)
    }
}
