import Crypto
import Foundation

/// The one SHA-256 of the toolkit, written as lowercase hex.
public enum SHA256Hex {
    /// The lowercase hex SHA-256 of `bytes`.
    public static func digest(_ bytes: some DataProtocol) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// A SHA-256 fed in pieces (a file written record by record).
    public struct Hasher {
        private var inner = SHA256()

        /// A hasher that has seen nothing.
        public init() {}

        /// Adds `bytes`.
        public mutating func update(_ bytes: some DataProtocol) {
            inner.update(data: bytes)
        }

        /// The lowercase hex digest of everything added.
        public func finalize() -> String {
            SHA256Hex.hex(inner.finalize())
        }
    }

    /// The SHA-256 of `bytes` as its 32 bytes, for callers that store many digests.
    public static func rawDigest(_ bytes: some DataProtocol) -> [UInt8] {
        Array(SHA256.hash(data: bytes))
    }

    /// Lower-case hex of a digest's bytes.
    /// Inlinable so that each caller gets a copy specialised to its sequence: through
    /// the generic entry point, every byte was a witness-table call.
    @inlinable
    public static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
