import KitSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--out -`: the commands that write one file (`export`, `report`) can write it to
/// standard output instead, never through a path such as `/dev/stdout`.
enum StandardOutput {
    /// The `--out` value that means standard output.
    static let name = "-"

    /// Writes all of `bytes` to standard output.
    static func write(_ bytes: [UInt8]) throws(ToolError) {
        do {
            try WriteAll.write(bytes, to: 1)
        } catch {
            throw ToolError(file: "standard output", message: "cannot write: \(error.reason)")
        }
    }

    /// `standard output` for `-`, else the path.
    static func describe(_ out: String) -> String {
        out == name ? "standard output" : out
    }
}
