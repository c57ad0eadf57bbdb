import Foundation

/// A JSON Lines file with one line per chat request the fake server answered:
/// `{"hash": body hash, "model": …, "occurrence": n, "outcome": "ok" | "429" | "500" | "drop" | "garbled"}`.
///
/// Each line is written as the reply is decided, so the file is complete up to the
/// moment a reader looks, and a benchmark can count the clean answers served per
/// body (a body answered "ok" twice is a repeated request).
public final class ReplyLogFile: @unchecked Sendable {
    // The handle is guarded by `lock`: replies are decided on many tasks at once.
    private let lock = NSLock()
    private let handle: FileHandle

    /// Creates (truncating) the file at `path`; nil when it cannot be written.
    public init?(path: String) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else { return nil }
        self.handle = handle
    }

    /// The line for one reply (without the newline).
    public static func line(bodyHash: String, model: String, occurrence: Int, fault: FaultPlan.Fault?) -> String {
        let object: [String: Any] = [
            "hash": bodyHash, "model": model, "occurrence": occurrence, "outcome": fault?.rawValue ?? "ok",
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Appends the line for one reply.
    public func note(_ request: FakeRequest, occurrence: Int, fault: FaultPlan.Fault?) {
        let text = Self.line(bodyHash: request.bodyHash, model: request.model, occurrence: occurrence, fault: fault) + "\n"
        lock.lock()
        defer { lock.unlock() }
        handle.write(Data(text.utf8))
    }

    /// Closes the file.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        try? handle.close()
    }
}
