import Foundation

/// Doubles as short decimal text for files (JSON, CSV). The shortest text that reads
/// back as the same double can still carry arithmetic noise (`0.5443999999999999` for
/// a sum meant to be 0.5444); when the value rounded to 15 significant digits (what a
/// double carries reliably, DBL_DIG) is at least two digits shorter, that is written
/// instead, so noise goes while a value that needs all its digits (1/3) keeps them.
public enum DecimalText {
    /// The text of `number`; whole numbers keep a `.0`; nil when not finite.
    public static func shortest(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number)) + ".0"
        }
        let full = "\(number)"
        guard let rounded = Double(String(format: "%.15g", number)) else { return full }
        let text = "\(rounded)"
        return text.count <= full.count - 2 ? text : full
    }
}
