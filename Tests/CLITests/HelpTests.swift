import Foundation
import Testing

/// Every command's help ends with real examples and the exit codes; choice flags list
/// their values (issue 13, item 15).
@Suite struct HelpTests {
    static let commands = [
        "init", "lint", "build", "import", "export", "stats", "new", "run", "score", "report",
        "calibrate sample", "calibrate agree",
    ]

    @Test(arguments: commands)
    func helpEndsWithExamplesAndExitCodes(_ command: String) throws {
        let words = command.split(separator: " ").map(String.init)
        for arguments in [["help"] + words, words + ["--help"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0)
            let text = result.stdout
            let examples = try #require(text.range(of: "\nEXAMPLES:\n"), "\(arguments)")
            let exit = try #require(text.range(of: "\nEXIT STATUS:\n"))
            #expect(examples.lowerBound < exit.lowerBound)
            let exampleLines = text[examples.upperBound..<exit.lowerBound].split(separator: "\n")
                .filter { $0.hasPrefix("  sysbench-kit \(command)") }
            #expect((2...3).contains(exampleLines.count), "\(exampleLines)")
            let tail = text[exit.upperBound...]
            #expect(tail.contains("0 ") && tail.contains("2 "), "\(tail)")
            #expect(tail.split(separator: "\n").count == 1, "the exit codes end the help")
        }
    }

    @Test func choiceFlagsListTheirValues() throws {
        let expected: [String: [String]] = [
            "run": ["--history <model|reference>"],
            "lint": ["--format <text|json|github>"],
            "score": ["--format <text|json|markdown|csv>", "--policy <sysbench|strict|exclude>", "--input-format <sysbench|results>"],
            "stats": ["--format <text|json|markdown>"],
            "new": ["--mode <parallel|dependent>", "--language <en|zh>"],
            "init": ["--language <en|zh>"],
        ]
        for (command, flags) in expected {
            let help = try CLI.run(["help", command]).stdout
            for flag in flags { #expect(help.contains(flag), "\(command): \(flag)") }
        }
    }

    @Test func reportWritesReportHtmlByDefault() throws {
        let help = try CLI.run(["help", "report"]).stdout
        #expect(help.contains("(default: report.html)"))
    }
}
