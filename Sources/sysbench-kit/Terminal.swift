import ArgumentParser
import KitSupport

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

    /// The one way an error is shown: `file:line:column: error: message` when it has a
    /// place (as much of it as is known), `error: message` otherwise.
    static func render(_ error: ToolError) -> String {
        if let location = error.location { return "\(location): error: \(error.message)" }
        return "error: \(error.message)"
    }

    /// The error values any thrown error stands for.
    static func errors(of error: any Error) -> [ToolError] {
        if let convertible = error as? any ToolErrorConvertible { return convertible.toolErrors }
        return [ToolError(message: String(describing: error))]
    }

    /// Prints what went wrong, one rendered line per error value, and returns exit
    /// code 2: the command could not run.
    static func fail(_ error: any Error) -> ExitCode {
        for value in errors(of: error) { printError(render(value)) }
        return ExitCode(2)
    }

    /// Prints a message that has no place and returns exit code 2.
    static func fail(_ message: String) -> ExitCode {
        fail(ToolError(message: message))
    }
}
