#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a networking library's error into the few words a user needs, e.g.
/// `Connection refused`, instead of its debug text (`connection reset (error set):
/// Connection refused) (errno: 111)`).
enum ConnectionFailureText {
    /// The system's words for the `errno` named in `error`'s text, else that text
    /// without the library's decorations.
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if let range = text.range(of: "(errno: ", options: .backwards),
           let code = Int32(text[range.upperBound...].prefix { $0.isNumber }) {
            return String(cString: strerror(code))
        }
        return text
    }

    /// `http://host:port` of a URL, for messages about the server rather than the path.
    static func server(of url: String) -> String {
        guard let separator = url.range(of: "://") else { return url }
        let rest = url[separator.upperBound...]
        let host = rest.prefix { $0 != "/" }
        return String(url[..<separator.upperBound]) + host
    }
}
