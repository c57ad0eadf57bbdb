/// Smuggles characters outside the Basic Multilingual Plane (emoji, 𝑥 …) through
/// libyaml 0.2.5's emitter, which counts them as unprintable and would otherwise write
/// `\U0001F600` inside a double-quoted scalar instead of a readable block.
///
/// Before a scalar reaches libyaml, each such character becomes the escape mark U+E000
/// followed by a private-use placeholder assigned per stream; a U+E000 already in the
/// text is doubled. libyaml treats both as ordinary printable characters, and with line
/// folding off it never splits them. After the stream ends the output is decoded back.
struct AstralCodec {
    private static let mark: Unicode.Scalar = "\u{E000}"
    private static let firstPlaceholder: UInt32 = 0xE001
    private static let lastPlaceholder: UInt32 = 0xF8FF

    private var placeholders: [UInt32: Unicode.Scalar] = [:]
    private var originals: [UInt32: Unicode.Scalar] = [:]
    /// True once any text needed encoding, so output without it is left untouched.
    private(set) var used = false

    /// The text libyaml should see, or nil when the placeholders ran out.
    mutating func encode(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: { $0.value > 0xFFFF || $0 == Self.mark }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == Self.mark {
                out.append(Self.mark)
                out.append(Self.mark)
            } else if scalar.value > 0xFFFF {
                guard let placeholder = placeholder(for: scalar) else { return nil }
                out.append(Self.mark)
                out.append(placeholder)
            } else {
                out.append(scalar)
            }
        }
        used = true
        return String(out)
    }

    private mutating func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if let known = placeholders[scalar.value] { return known }
        let next = Self.firstPlaceholder + UInt32(placeholders.count)
        guard next <= Self.lastPlaceholder, let placeholder = Unicode.Scalar(next) else { return nil }
        placeholders[scalar.value] = placeholder
        originals[next] = scalar
        return placeholder
    }

    /// The emitter's output with every encoded character restored.
    func decode(_ bytes: [UInt8]) -> [UInt8] {
        guard used else { return bytes }
        var out = String.UnicodeScalarView()
        var escaped = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if escaped {
                escaped = false
                out.append(scalar == Self.mark ? scalar : originals[scalar.value] ?? scalar)
            } else if scalar == Self.mark {
                escaped = true
            } else {
                out.append(scalar)
            }
        }
        return Array(String(out).utf8)
    }
}
