import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SysBenchCore
import SysBenchScore

/// An SVG parsed as XML: every element with its attributes and direct text.
struct ParsedSVG {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    var elements: [Element] = []

    /// Parses `svg`, failing the test with the parser's error when it is not well-formed XML.
    init(_ svg: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw ParseFailure(message: parser.parserError.map { "\($0)" } ?? "unknown", line: parser.lineNumber)
        }
        elements = collector.elements
    }

    struct ParseFailure: Error {
        var message: String
        var line: Int
    }

    /// Elements named `name` with the given class.
    func all(_ name: String, cssClass: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (cssClass == nil || $0.attributes["class"] == cssClass) }
    }

    /// Texts of `<text class=cssClass>` elements.
    func texts(_ cssClass: String) -> [String] {
        all("text", cssClass: cssClass).map(\.text)
    }

    /// Names in the legend.
    var legend: [String] {
        all("g", cssClass: "legend").compactMap { $0.attributes["data-series"] }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var stack: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            stack.append(elements.count)
            elements.append(Element(name: elementName, attributes: attributes, text: ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = stack.last { elements[index].text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            stack.removeLast()
        }
    }
}

/// Paths shared by the tests.
enum Paths {
    /// The package root, three levels above this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `shared/sysbench/runs`, beside the package root.
    static let runs = root.appendingPathComponent("../shared/sysbench/runs").standardizedFileURL
    /// The hand-written sample run.
    static let sampleRun = root.appendingPathComponent("examples/sample-run")
}

/// A small run built in code.
enum Runs {
    /// A session of `turns` verdict lists, all items `content` unless the type list says otherwise.
    static func session(
        _ caseID: String, mode: Mode = .parallel, _ turns: [[String]], types: [ConstraintType] = [],
        judgeFailureAt: Int? = nil
    ) -> ScoredSession {
        ScoredSession(caseID: caseID, mode: mode, turns: turns.enumerated().map { offset, verdicts in
            ScoredTurn(
                index: offset + 1, alignment: offset.isMultiple(of: 2) ? .aligned : .misaligned,
                items: verdicts.enumerated().map { index, raw in
                    ScoredItem(id: String(index + 1), type: index < types.count ? types[index] : .content,
                               verdict: Verdict(raw: raw))
                },
                judgeFailure: judgeFailureAt == offset + 1)
        })
    }
}
