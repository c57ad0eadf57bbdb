import Foundation
import Testing

/// The stand-alone fake server (`sysbench-fake-openai`) as a child process, started the
/// way bench/run.sh starts it: it prints "listening on PORT" and serves until its
/// standard input closes.
///
/// `stop()` expects it to exit with status 0. Under `make sanitize` that is what makes
/// a leak or a memory error in the server fail the test: the sanitizers report at exit
/// and change the status, and a child's report would otherwise go by unnoticed.
final class FakeServerProcess {
    let port: Int
    private let process = Process()
    private let input = Pipe()
    /// The server's standard error, kept in a file so a long report cannot block it.
    private let errorPath: String

    init(arguments: [String]) throws {
        errorPath = NSTemporaryDirectory() + "/fake-server-\(UUID().uuidString).stderr"
        guard FileManager.default.createFile(atPath: errorPath, contents: nil),
              let errors = FileHandle(forWritingAtPath: errorPath)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: errorPath]) }
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: CLI.product("sysbench-fake-openai"))
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first, line.hasPrefix("listening on "),
              let port = Int(line.dropFirst("listening on ".count))
        else {
            process.terminate()
            process.waitUntilExit()
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "the fake server printed \(text.debugDescription)"])
        }
        self.port = port
    }

    /// Closes the server's standard input, waits for it to exit, and expects status 0.
    func stop(sourceLocation: SourceLocation = #_sourceLocation) {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: errorPath)
        #expect(process.terminationReason == .exit && process.terminationStatus == 0,
                "the fake server exited with status \(process.terminationStatus): \(errors)",
                sourceLocation: sourceLocation)
    }
}
