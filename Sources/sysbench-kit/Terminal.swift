import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// Helpers every command uses to talk to the terminal the same way.
enum Terminal {
    /// Writes `text` and a line break to standard error.
    static func error(_ text: String) {
        FileHandleWriter.standardError.write(text + "\n")
    }

    /// `note: …` on standard error, for things the user should know that are not errors.
    static func note(_ text: String) {
        error("note: \(text)")
    }

    /// Writes `text` as is to standard output.
    static func output(_ text: String) {
        FileHandleWriter.standardOutput.write(text)
    }

    /// Says what went wrong and exits with 2: the command could not run.
    static func fail(_ text: String) -> ExitCode {
        error("error: \(text)")
        return ExitCode(2)
    }
}

/// Unbuffered writes to a file descriptor, so stdout and stderr interleave in order.
struct FileHandleWriter {
    let descriptor: Int32
    static let standardOutput = FileHandleWriter(descriptor: 1)
    static let standardError = FileHandleWriter(descriptor: 2)

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if count <= 0 { return }
            offset += count
        }
    }
}
