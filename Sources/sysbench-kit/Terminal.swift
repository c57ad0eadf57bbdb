import ArgumentParser

/// Helpers every command uses to talk to the terminal the same way.
enum Terminal {
    /// `note: …` on standard error, for things the user should know that are not errors.
    static func note(_ text: String) {
        printError("note: \(text)")
    }

    /// Writes `text` as is to standard output.
    static func output(_ text: String) {
        print(text, terminator: "")
    }

    /// Says what went wrong and returns exit code 2: the command could not run.
    static func fail(_ text: String) -> ExitCode {
        printError("error: \(text)")
        return ExitCode(2)
    }
}
