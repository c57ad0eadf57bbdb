import ArgumentParser
import Foundation
import SysBenchRun
import SysBenchScore

/// What `run` prints: progress on stderr, a summary on stdout.
enum RunOutput {
    /// Starts the progress task: a redrawn line every half second on a terminal,
    /// a plain line every ten seconds otherwise.
    static func startTicker(progress: RunProgress, intervalMs: Int?) -> Task<Void, Never> {
        let terminal = isatty(2) == 1
        let interval = Duration.milliseconds(intervalMs ?? (terminal ? 500 : 10_000))
        return Task {
            await ProgressTicker.run(progress: progress, every: interval) { snapshot in
                let text = terminal ? "\r\u{1B}[K" + snapshot.line : snapshot.line + "\n"
                FileHandle.standardError.write(Data(text.utf8))
            }
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }

    /// Prints the summary and fails with exit code 1 when sessions are unfinished.
    static func summary(context: RunContext, incomplete: [IncompleteSession]) async throws {
        let snapshot = context.progress.snapshot()
        let failures = await context.judgeFailures()
        var text = snapshot.line + "\n"
        text += "tokens: model \(snapshot.modelUsage.promptTokens) prompt + \(snapshot.modelUsage.completionTokens) completion; "
        text += "judge \(snapshot.judgeUsage.promptTokens) prompt + \(snapshot.judgeUsage.completionTokens) completion\n"
        if !failures.isEmpty {
            text += "judge failures (not scored): \(failures.count): "
                + failures.prefix(10).map(\.description).joined(separator: ", ") + (failures.count > 10 ? ", ..." : "") + "\n"
        }
        text += "results: \(context.folder.file(RunFolderFiles.results))\n"
        FileHandle.standardOutput.write(Data(text.utf8))
        if !incomplete.isEmpty {
            var message = "\(incomplete.count) session(s) could not finish; run the same command again to resume:\n"
            for session in incomplete.prefix(10) { message += "  \(session.caseID): \(session.reason)\n" }
            FileHandle.standardError.write(Data(message.utf8))
            throw ExitCode(1)
        }
    }
}

/// `run --batch-out` / `--batch-in`.
enum RunBatchOutput {
    static func run(context: RunContext, batchIn: [String], batchOut: String?) async throws {
        var text = ""
        for path in batchIn {
            let summary = try await BatchReader.read(path: path, context: context)
            text += "\(path): \(summary.answers) answers, \(summary.judgments) judgments, "
                + "\(summary.rejected) rejected judge replies, \(summary.failed) failed lines, \(summary.skipped) skipped\n"
        }
        if let batchOut {
            let counts = try await BatchWriter.write(context: context, directory: batchOut)
            if counts.generation + counts.judge == 0 {
                text += "nothing pending: the run is complete\n"
            } else {
                text += "pending: " + [
                    (counts.generation, "model", BatchWriter.generationFile), (counts.judge, "judge", BatchWriter.judgeFile),
                ].map { count, kind, file in
                    // An empty stage's file is removed, so only written files are named.
                    count == 0 ? "no \(kind) requests" : "\(count) \(kind) requests (\(batchOut)/\(file))"
                }.joined(separator: ", ") + "\n"
            }
        }
        try await context.finish()
        text += context.progress.snapshot().line + "\n"
        text += "results: \(context.folder.file(RunFolderFiles.results))\n"
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
