import Foundation

/// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and inner quotes doubled.
///
/// The one CSV writer and reader: `score --format csv`, `calibrate agree --format csv`,
/// and `items.csv`, which calibration writes and reads back once people fill it in.
public enum CSV {
    /// One record, its fields joined by commas and ended by `lineEnd`.
    public static func line(_ fields: [String], lineEnd: String = "\r\n") -> String {
        fields.map(quote).joined(separator: ",") + lineEnd
    }

    /// A field as it must be written.
    public static func quote(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A parsed record with the 1-based line it starts on.
    public struct Record: Sendable, Hashable {
        /// The fields, unquoted.
        public var fields: [String]
        /// The line the record starts on.
        public var line: Int
    }

    /// Why text is not CSV.
    public struct Failure: Error, Sendable, Hashable {
        /// The 1-based line of the problem.
        public var line: Int
        /// What is wrong.
        public var message: String
    }

    /// Parses CSV text: a leading UTF-8 byte order mark is skipped (spreadsheets add one),
    /// CRLF, LF and CR all end records, quoted fields may hold line breaks, a quote inside
    /// an unquoted field is kept, and blank lines are skipped.
    public static func parse(_ text: String) throws(Failure) -> [Record] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false, afterQuote = false
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            wasQuoted = false
            afterQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    field.append(scalar)
                    if scalar == "\n" {
                        line += 1
                    } else if scalar == "\r" {
                        let next = iterator.next()
                        if next == "\n" { field.append("\n") } else { pending = next }
                        line += 1
                    }
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r", "\n":
                if scalar == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !wasQuoted && !afterQuote:
                quoted = true
                wasQuoted = true
            default:
                // A quote inside an unquoted field is kept as it is, as spreadsheets do.
                if afterQuote {
                    throw Failure(line: line, message: "text after the closing quote of a field")
                }
                field.append(scalar)
            }
        }
        if quoted { throw Failure(line: recordLine, message: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }
}
